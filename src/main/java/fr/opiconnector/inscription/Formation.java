package fr.opiconnector.inscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Parcoursup formation and its VETs (config/formations.csv): the VET for the answer Oui, the VET for Oui-Si in
 * 3 years and the one for Oui-Si in 4 years, and per Oui-Si category its length and cursus aménagé.
 */
@Entity
@Table(name = "formation")
public class Formation {

    @Id
    private Integer codeFormationPsup;

    @Column(length = 255, nullable = false)
    private String libelle;

    @Column(length = 64, nullable = false)
    private String codeSise;

    @Column(length = 64, nullable = false)
    private String uaiAffectation;

    @Column(length = 64, nullable = false)
    private String ouiCodEtp;

    @Column(nullable = false)
    private Integer ouiCodVrsVet;

    @Column(length = 64)
    private String ouiSi3CodEtp;

    private Integer ouiSi3CodVrsVet;

    @Column(length = 64)
    private String ouiSi4CodEtp;

    private Integer ouiSi4CodVrsVet;

    /** code:years:cursus entries separated by |, as in the file. */
    @Column(length = 1000)
    private String categoriesOuiSi;

    @Column(length = 64)
    private String codeVoeuPegase;

    @Column(length = 64)
    private String codePeriodePegase;

    @Column(nullable = false)
    private int ligne;

    protected Formation() {
    }

    public Formation(int codeFormationPsup, String libelle, String codeSise, String uaiAffectation, Vet oui, Vet ouiSi3,
            Vet ouiSi4, List<CategorieOuiSi> categories, String codeVoeuPegase, String codePeriodePegase, int ligne) {
        this.codeFormationPsup = codeFormationPsup;
        this.libelle = libelle;
        this.codeSise = codeSise;
        this.uaiAffectation = uaiAffectation;
        this.ouiCodEtp = oui.codEtp();
        this.ouiCodVrsVet = oui.codVrsVet();
        this.ouiSi3CodEtp = ouiSi3 == null ? null : ouiSi3.codEtp();
        this.ouiSi3CodVrsVet = ouiSi3 == null ? null : ouiSi3.codVrsVet();
        this.ouiSi4CodEtp = ouiSi4 == null ? null : ouiSi4.codEtp();
        this.ouiSi4CodVrsVet = ouiSi4 == null ? null : ouiSi4.codVrsVet();
        this.categoriesOuiSi = categories.isEmpty() ? null
                : String.join("|", categories.stream().map(CategorieOuiSi::toString).toList());
        this.codeVoeuPegase = codeVoeuPegase;
        this.codePeriodePegase = codePeriodePegase;
        this.ligne = ligne;
    }

    public int codeFormationPsup() {
        return codeFormationPsup;
    }

    public String libelle() {
        return libelle;
    }

    public String codeSise() {
        return codeSise;
    }

    public String uaiAffectation() {
        return uaiAffectation;
    }

    /** Pégase's formation code for the candidatures of this formation, when the mapping gives one. */
    public Optional<String> codeVoeuPegase() {
        return Optional.ofNullable(codeVoeuPegase);
    }

    /** Pégase's registration period for this formation, when the mapping gives one. */
    public Optional<String> codePeriodePegase() {
        return Optional.ofNullable(codePeriodePegase);
    }

    public int ligne() {
        return ligne;
    }

    public Vet vetOui() {
        return new Vet(ouiCodEtp, ouiCodVrsVet);
    }

    /** The Oui-Si VET for a course of 3 or 4 years, when the formation has one. */
    public Optional<Vet> vetOuiSi(int dureeAnnees) {
        if (dureeAnnees == 3 && ouiSi3CodEtp != null) {
            return Optional.of(new Vet(ouiSi3CodEtp, ouiSi3CodVrsVet));
        }
        if (dureeAnnees == 4 && ouiSi4CodEtp != null) {
            return Optional.of(new Vet(ouiSi4CodEtp, ouiSi4CodVrsVet));
        }
        return Optional.empty();
    }

    public List<Vet> vets() {
        List<Vet> vets = new ArrayList<>(List.of(vetOui()));
        vetOuiSi(3).ifPresent(vets::add);
        vetOuiSi(4).ifPresent(vets::add);
        return vets;
    }

    public List<CategorieOuiSi> categories() {
        if (categoriesOuiSi == null) {
            return List.of();
        }
        List<CategorieOuiSi> categories = new ArrayList<>();
        for (String entree : categoriesOuiSi.split("\\|")) {
            String[] parties = entree.split(":", 3);
            categories.add(new CategorieOuiSi(parties[0], Integer.parseInt(parties[1]), parties[2]));
        }
        return categories;
    }

    public Optional<CategorieOuiSi> categorie(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
