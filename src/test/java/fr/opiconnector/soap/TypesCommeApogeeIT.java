package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ContratServi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every element of the served OpiMetier contract has Apogée's type, order, nillability and occurrence (domain.md §1,
 * from AMUE's schemas): the schemas are read over HTTP from the live ?wsdl, following its imports, and compared with
 * the table below. The lenient reader still takes what a client leaves out.
 */
class TypesCommeApogeeIT extends AvecConnecteur {

    /**
     * Type (or global element), position, element, XSD type, nillable, occurrences, default. domain.md names each
     * type's fields and types; it gives their order only for DonneesOpiDTO*, MAJOpiDacDTO, MAJOpiTheseDTO and
     * WebBaseException: elsewhere the order is the one wsdl/xsd was written in from AMUE's schemas (README, contract
     * notes), and no reader depends on it.
     */
    private static final String ATTENDU = """
            # type or element                  pos element                xsd type                     nil  occursdefault
            # §0, §1.3: each operation's wrapper holds _donneesOpi, its answer is empty [C:S1]
            mettreajourDonneesOpi_v7           1   _donneesOpi            DonneesOpiDTO7               yes  1     -
            mettreajourDonneesOpi_v7Response   0   -                      empty                        -    -     -
            mettreajourDonneesOpi_v8           1   _donneesOpi            DonneesOpiDTO8               yes  1     -
            mettreajourDonneesOpi_v8Response   0   -                      empty                        -    -     -
            mettreajourDonneesOpi_v9           1   _donneesOpi            DonneesOpiDTO9               yes  1     -
            mettreajourDonneesOpi_v9Response   0   -                      empty                        -    -     -
            mettreajourDonneesOpi_v10          1   _donneesOpi            DonneesOpiDTO10              yes  1     -
            mettreajourDonneesOpi_v10Response  0   -                      empty                        -    -     -
            # §1.14: the fault element, in the service namespace, of type WebBaseException [C:S1]
            (element)                          0   fault                  WebBaseException             -    -     -
            # §1.3: the top-level members, in schema order, and their types per version [C:S1]
            DonneesOpiDTO10                    1   adresseAnnuelle        MAJOpiAdresseDTO             yes  1     -
            DonneesOpiDTO10                    2   adresseFixe            MAJOpiAdresseDTO             yes  1     -
            DonneesOpiDTO10                    3   bac                    MAJOpiBacDTO2                yes  1     -
            DonneesOpiDTO10                    4   dac                    MAJOpiDacDTO                 yes  1     -
            DonneesOpiDTO10                    5   individu               MAJOpiIndDTO6                yes  1     -
            DonneesOpiDTO10                    6   voeux                  TableauVoeu3                 yes  1     -
            DonneesOpiDTO10                    7   donneesThese           MAJOpiTheseDTO               yes  1     -
            DonneesOpiDTO7                     1   adresseAnnuelle        MAJOpiAdresseDTO             yes  1     -
            DonneesOpiDTO7                     2   adresseFixe            MAJOpiAdresseDTO             yes  1     -
            DonneesOpiDTO7                     3   bac                    MAJOpiBacDTO                 yes  1     -
            DonneesOpiDTO7                     4   dac                    MAJOpiDacDTO                 yes  1     -
            DonneesOpiDTO7                     5   individu               MAJOpiIndDTO6                yes  1     -
            DonneesOpiDTO7                     6   voeux                  TableauVoeu                  yes  1     -
            DonneesOpiDTO7                     7   donneesThese           MAJOpiTheseDTO               yes  1     -
            DonneesOpiDTO8                     1   adresseAnnuelle        MAJOpiAdresseDTO             yes  1     -
            DonneesOpiDTO8                     2   adresseFixe            MAJOpiAdresseDTO             yes  1     -
            DonneesOpiDTO8                     3   bac                    MAJOpiBacDTO                 yes  1     -
            DonneesOpiDTO8                     4   dac                    MAJOpiDacDTO                 yes  1     -
            DonneesOpiDTO8                     5   individu               MAJOpiIndDTO6                yes  1     -
            DonneesOpiDTO8                     6   voeux                  TableauVoeu2                 yes  1     -
            DonneesOpiDTO8                     7   donneesThese           MAJOpiTheseDTO               yes  1     -
            DonneesOpiDTO9                     1   adresseAnnuelle        MAJOpiAdresseDTO             yes  1     -
            DonneesOpiDTO9                     2   adresseFixe            MAJOpiAdresseDTO             yes  1     -
            DonneesOpiDTO9                     3   bac                    MAJOpiBacDTO                 yes  1     -
            DonneesOpiDTO9                     4   dac                    MAJOpiDacDTO                 yes  1     -
            DonneesOpiDTO9                     5   individu               MAJOpiIndDTO6                yes  1     -
            DonneesOpiDTO9                     6   voeux                  TableauVoeu3                 yes  1     -
            DonneesOpiDTO9                     7   donneesThese           MAJOpiTheseDTO               yes  1     -
            # §1.4: codEtuOpi int, codOpiIntEpo string, the sub-blocks of Ind6 [C:S1]
            MAJOpiIndDTO6                      1   codEtuOpi              int                          yes  1     -
            MAJOpiIndDTO6                      2   codOpiIntEpo           string                       yes  1     -
            MAJOpiIndDTO6                      3   dernierDiplObt         MAJDernierDiplObtDTO         yes  1     -
            MAJOpiIndDTO6                      4   dernierEtbFrequente    MAJDernierEtbFrequenteDTO    yes  1     -
            MAJOpiIndDTO6                      5   donneesNaissance       MAJDonneesNaissanceDTO2      yes  1     -
            MAJOpiIndDTO6                      6   donneesPersonnelles    MAJDonneesPersonnellesDTO3   yes  1     -
            MAJOpiIndDTO6                      7   etatCivil              MAJEtatCivilDTO2             yes  1     -
            MAJOpiIndDTO6                      8   inscriptionParallele   MAJInscriptionParalleleDTO2  yes  1     -
            MAJOpiIndDTO6                      9   premiereInscription    MAJPremiereInscriptionDTO    yes  1     -
            MAJOpiIndDTO6                      10  prgEchange             MAJPrgEchangeDTO             yes  1     -
            MAJOpiIndDTO6                      11  situationAnnPre        MAJSituationAnnPreDTO        yes  1     -
            # §1.9: the fields [C:S3,S4]; domain.md gives no type here: strings (codes and free text)
            MAJOpiAdresseDTO                   1   codBdi                 string                       yes  1     -
            MAJOpiAdresseDTO                   2   codCom                 string                       yes  1     -
            MAJOpiAdresseDTO                   3   codPay                 string                       yes  1     -
            MAJOpiAdresseDTO                   4   lib1                   string                       yes  1     -
            MAJOpiAdresseDTO                   5   lib2                   string                       yes  1     -
            MAJOpiAdresseDTO                   6   lib3                   string                       yes  1     -
            MAJOpiAdresseDTO                   7   libAde                 string                       yes  1     -
            MAJOpiAdresseDTO                   8   numTel                 string                       yes  1     -
            # §1.10: strings; DTO2 adds the reform's specialities and options, the two terminale ones default "" [C:S1]
            MAJOpiBacDTO                       1   codBac                 string                       yes  1     -
            MAJOpiBacDTO                       2   codDep                 string                       yes  1     -
            MAJOpiBacDTO                       3   codEtb                 string                       yes  1     -
            MAJOpiBacDTO                       4   codMention             string                       yes  1     -
            MAJOpiBacDTO                       5   codTpe                 string                       yes  1     -
            MAJOpiBacDTO                       6   daaObtBacOba           string                       yes  1     -
            MAJOpiBacDTO2                      1   codBac                 string                       yes  1     -
            MAJOpiBacDTO2                      2   codDep                 string                       yes  1     -
            MAJOpiBacDTO2                      3   codEtb                 string                       yes  1     -
            MAJOpiBacDTO2                      4   codMention             string                       yes  1     -
            MAJOpiBacDTO2                      5   codTpe                 string                       yes  1     -
            MAJOpiBacDTO2                      6   daaObtBacOba           string                       yes  1     -
            MAJOpiBacDTO2                      7   codSpe1BacTer          string                       yes  1     ""
            MAJOpiBacDTO2                      8   codSpe2BacTer          string                       yes  1     ""
            MAJOpiBacDTO2                      9   codSpeBacPre           string                       yes  1     -
            MAJOpiBacDTO2                      10  codOpt1Bac             string                       yes  1     -
            MAJOpiBacDTO2                      11  codOpt2Bac             string                       yes  1     -
            MAJOpiBacDTO2                      12  codOpt3Bac             string                       yes  1     -
            MAJOpiBacDTO2                      13  codOpt4Bac             string                       yes  1     -
            # §1.11: the fields in this order, nbrCrdCur decimal, codNif int, the rest strings [C:S1]
            MAJOpiDacDTO                       1   codDac                 string                       yes  1     -
            MAJOpiDacDTO                       2   codEtb                 string                       yes  1     -
            MAJOpiDacDTO                       3   codTpe                 string                       yes  1     -
            MAJOpiDacDTO                       4   codTypDepPay           string                       yes  1     -
            MAJOpiDacDTO                       5   codDepPay              string                       yes  1     -
            MAJOpiDacDTO                       6   daaUniDac              string                       yes  1     -
            MAJOpiDacDTO                       7   temObtDac              string                       yes  1     -
            MAJOpiDacDTO                       8   codCurOpi              string                       yes  1     -
            MAJOpiDacDTO                       9   codDipCur              string                       yes  1     -
            MAJOpiDacDTO                       10  dipCur                 string                       yes  1     -
            MAJOpiDacDTO                       11  nbrCrdCur              decimal                      yes  1     -
            MAJOpiDacDTO                       12  temObtCurVae           string                       yes  1     -
            MAJOpiDacDTO                       13  codNif                 int                          yes  1     -
            MAJOpiDacDTO                       14  libCmtDac              string                       yes  1     -
            # §1.5: strings, no INE key in DTO2 [C:S1]
            MAJEtatCivilDTO2                   1   codNneIndOpi           string                       yes  1     -
            MAJEtatCivilDTO2                   2   codSexEtuOpi           string                       yes  1     -
            MAJEtatCivilDTO2                   3   libNomPatIndOpi        string                       yes  1     -
            MAJEtatCivilDTO2                   4   libNomUsuIndOpi        string                       yes  1     -
            MAJEtatCivilDTO2                   5   libPr1IndOpi           string                       yes  1     -
            MAJEtatCivilDTO2                   6   libPr2IndOpi           string                       yes  1     -
            MAJEtatCivilDTO2                   7   libPr3IndOpi           string                       yes  1     -
            # §1.6: strings, the birth date too (DDMMYYYY); codComNaiEtuOpi in DTO2 [C:S1]
            MAJDonneesNaissanceDTO2            1   codDepPayNai           string                       yes  1     -
            MAJDonneesNaissanceDTO2            2   codPayNat              string                       yes  1     -
            MAJDonneesNaissanceDTO2            3   codTypDepPayNai        string                       yes  1     -
            MAJDonneesNaissanceDTO2            4   dateNaiIndOpi          string                       yes  1     -
            MAJDonneesNaissanceDTO2            5   codComNaiEtuOpi        string                       yes  1     -
            MAJDonneesNaissanceDTO2            6   libVilNaiEtuOpi        string                       yes  1     -
            MAJDonneesNaissanceDTO2            7   temDateNaiRelOpi       string                       yes  1     -
            # §1.7: strings; codRgi and codStu in DTO3 [C:S1]
            MAJDonneesPersonnellesDTO3         1   adrMailOpi             string                       yes  1     -
            MAJDonneesPersonnellesDTO3         2   codFam                 string                       yes  1     -
            MAJDonneesPersonnellesDTO3         3   codPcs                 string                       yes  1     -
            MAJDonneesPersonnellesDTO3         4   codPcsAp               string                       yes  1     -
            MAJDonneesPersonnellesDTO3         5   codSim                 string                       yes  1     -
            MAJDonneesPersonnellesDTO3         6   codThbOpi              string                       yes  1     -
            MAJDonneesPersonnellesDTO3         7   codThpOpi              string                       yes  1     -
            MAJDonneesPersonnellesDTO3         8   daaLbtIndOpi           string                       yes  1     -
            MAJDonneesPersonnellesDTO3         9   dmmLbtIndOpi           string                       yes  1     -
            MAJDonneesPersonnellesDTO3         10  numTelPorOpi           string                       yes  1     -
            MAJDonneesPersonnellesDTO3         11  codRgi                 string                       yes  1     -
            MAJDonneesPersonnellesDTO3         12  codStu                 string                       yes  1     -
            # §1.8: the other individu sub-blocks, strings [C:S1]
            MAJPremiereInscriptionDTO          1   codEtb                 string                       yes  1     -
            MAJPremiereInscriptionDTO          2   daaEnsSupOpi           string                       yes  1     -
            MAJPremiereInscriptionDTO          3   daaEtbOpi              string                       yes  1     -
            MAJPremiereInscriptionDTO          4   daaEntEtbOpi           string                       yes  1     -
            MAJPremiereInscriptionDTO          5   daaEtrSup              string                       yes  1     -
            MAJDernierEtbFrequenteDTO          1   codEtbAntIaa           string                       yes  1     -
            MAJDernierEtbFrequenteDTO          2   codTpeAntIaa           string                       yes  1     -
            MAJDernierEtbFrequenteDTO          3   daaEtbAntIaaOpi        string                       yes  1     -
            MAJDernierEtbFrequenteDTO          4   codTypDepPayAntIaaOpi  string                       yes  1     -
            MAJDernierEtbFrequenteDTO          5   codDepPayAntIaaOpi     string                       yes  1     -
            MAJSituationAnnPreDTO              1   codSisAnnPreOpi        string                       yes  1     -
            MAJSituationAnnPreDTO              2   codEtbAnnPreOpi        string                       yes  1     -
            MAJSituationAnnPreDTO              3   codTypDepPayAnnPreOpi  string                       yes  1     -
            MAJSituationAnnPreDTO              4   codDepPayAnnPreOpi     string                       yes  1     -
            MAJDernierDiplObtDTO               1   codTdeDerDip           string                       yes  1     -
            MAJDernierDiplObtDTO               2   codEtbDerDip           string                       yes  1     -
            MAJDernierDiplObtDTO               3   daaEtbDerDip           string                       yes  1     -
            MAJDernierDiplObtDTO               4   codTdsOpi              string                       yes  1     -
            MAJDernierDiplObtDTO               5   codTypDepPayDerDip     string                       yes  1     -
            MAJDernierDiplObtDTO               6   codDepPayDerDip        string                       yes  1     -
            MAJInscriptionParalleleDTO2        1   codEtbAnnCrt           string                       yes  1     -
            MAJInscriptionParalleleDTO2        2   codTpeAnnCrt           string                       yes  1     -
            MAJInscriptionParalleleDTO2        3   temPrlAnnCrt           string                       yes  1     -
            MAJPrgEchangeDTO                   1   codPrgOpi              string                       yes  1     -
            MAJPrgEchangeDTO                   2   codEtrOpi              string                       yes  1     -
            MAJPrgEchangeDTO                   3   temSnsPrgOpi           string                       yes  1     -
            # §1.12: the wish's access title (strings) and convocation (datCvc string, dhhCvc and dmnCvc int) [C:S1]
            MAJTitreAccesExterneDTO            1   codDacOpi              string                       yes  1     -
            MAJTitreAccesExterneDTO            2   codEtbDacOpi           string                       yes  1     -
            MAJTitreAccesExterneDTO            3   codTpeDacOpi           string                       yes  1     -
            MAJTitreAccesExterneDTO            4   codTypDepPayDacOpi     string                       yes  1     -
            MAJTitreAccesExterneDTO            5   codDepPayDacOpi        string                       yes  1     -
            MAJTitreAccesExterneDTO            6   daaDacOpi              string                       yes  1     -
            MAJConvocationDTO                  1   datCvc                 string                       yes  1     -
            MAJConvocationDTO                  2   dhhCvc                 int                          yes  1     -
            MAJConvocationDTO                  3   dmnCvc                 int                          yes  1     -
            # §0, §1.13: codDis, codPerDir, codPerCdr, codPerCdr2 int; the four VDI/VET elements not nillable [C:S1]
            MAJOpiTheseDTO                     1   codDip                 string                       no   1     -
            MAJOpiTheseDTO                     2   codVrsVdi              int                          no   1     -
            MAJOpiTheseDTO                     3   codEtp                 string                       no   1     -
            MAJOpiTheseDTO                     4   codVrsVet              int                          no   1     -
            MAJOpiTheseDTO                     5   codThsTrv              string                       yes  1     -
            MAJOpiTheseDTO                     6   codDis                 int                          yes  1     -
            MAJOpiTheseDTO                     7   libThs                 string                       yes  1     -
            MAJOpiTheseDTO                     8   libThsLng              string                       yes  1     -
            MAJOpiTheseDTO                     9   codLng                 string                       yes  1     -
            MAJOpiTheseDTO                     10  codEdo                 string                       yes  1     -
            MAJOpiTheseDTO                     11  codPerDir              int                          yes  1     -
            MAJOpiTheseDTO                     12  codPerCdr              int                          yes  1     -
            MAJOpiTheseDTO                     13  codPerCdr2             int                          yes  1     -
            MAJOpiTheseDTO                     14  codEqr                 string                       yes  1     -
            # §1.3, §1.12: the wish lists; modEnv in TableauVoeu3 since 6.50 [C:S1]
            TableauVoeu                        1   item                   MAJOpiVoeuDTO                yes  0..n  -
            TableauVoeu2                       1   item                   MAJOpiVoeuDTO2               yes  0..n  -
            TableauVoeu3                       1   modEnv                 string                       yes  0..1  -
            TableauVoeu3                       2   item                   MAJOpiVoeuDTO3               yes  0..n  -
            # §1.12: numCls, codVrsVet, codVrsVdi int; codCatOuiSi, mtfCat, ctrAdr from DTO2; codCatExoExt, comExoExt, codRge in DTO3 [C:S1]
            MAJOpiVoeuDTO                      1   codAttDec              string                       yes  1     -
            MAJOpiVoeuDTO                      2   codCge                 string                       yes  1     -
            MAJOpiVoeuDTO                      3   codCmp                 string                       yes  1     -
            MAJOpiVoeuDTO                      4   codDecVeu              string                       yes  1     -
            MAJOpiVoeuDTO                      5   codDemDos              string                       yes  1     -
            MAJOpiVoeuDTO                      6   codDip                 string                       yes  1     -
            MAJOpiVoeuDTO                      7   codEtp                 string                       yes  1     -
            MAJOpiVoeuDTO                      8   codMfo                 string                       yes  1     -
            MAJOpiVoeuDTO                      9   codSpe1Opi             string                       yes  1     -
            MAJOpiVoeuDTO                      10  codSpe2Opi             string                       yes  1     -
            MAJOpiVoeuDTO                      11  codSpe3Opi             string                       yes  1     -
            MAJOpiVoeuDTO                      12  codTyd                 string                       yes  1     -
            MAJOpiVoeuDTO                      13  codVrsVdi              int                          yes  1     -
            MAJOpiVoeuDTO                      14  codVrsVet              int                          yes  1     -
            MAJOpiVoeuDTO                      15  convocation            MAJConvocationDTO            yes  1     -
            MAJOpiVoeuDTO                      16  libCmtJur              string                       yes  1     -
            MAJOpiVoeuDTO                      17  numCls                 int                          yes  1     -
            MAJOpiVoeuDTO                      18  temValPsd              string                       yes  1     -
            MAJOpiVoeuDTO                      19  titreAccesExterne      MAJTitreAccesExterneDTO      yes  1     -
            MAJOpiVoeuDTO2                     1   codAttDec              string                       yes  1     -
            MAJOpiVoeuDTO2                     2   codCge                 string                       yes  1     -
            MAJOpiVoeuDTO2                     3   codCmp                 string                       yes  1     -
            MAJOpiVoeuDTO2                     4   codDecVeu              string                       yes  1     -
            MAJOpiVoeuDTO2                     5   codCatOuiSi            string                       yes  1     -
            MAJOpiVoeuDTO2                     6   mtfCat                 string                       yes  1     -
            MAJOpiVoeuDTO2                     7   codDemDos              string                       yes  1     -
            MAJOpiVoeuDTO2                     8   codDip                 string                       yes  1     -
            MAJOpiVoeuDTO2                     9   codEtp                 string                       yes  1     -
            MAJOpiVoeuDTO2                     10  codMfo                 string                       yes  1     -
            MAJOpiVoeuDTO2                     11  codSpe1Opi             string                       yes  1     -
            MAJOpiVoeuDTO2                     12  codSpe2Opi             string                       yes  1     -
            MAJOpiVoeuDTO2                     13  codSpe3Opi             string                       yes  1     -
            MAJOpiVoeuDTO2                     14  codTyd                 string                       yes  1     -
            MAJOpiVoeuDTO2                     15  codVrsVdi              int                          yes  1     -
            MAJOpiVoeuDTO2                     16  codVrsVet              int                          yes  1     -
            MAJOpiVoeuDTO2                     17  convocation            MAJConvocationDTO            yes  1     -
            MAJOpiVoeuDTO2                     18  libCmtJur              string                       yes  1     -
            MAJOpiVoeuDTO2                     19  numCls                 int                          yes  1     -
            MAJOpiVoeuDTO2                     20  temValPsd              string                       yes  1     -
            MAJOpiVoeuDTO2                     21  titreAccesExterne      MAJTitreAccesExterneDTO      yes  1     -
            MAJOpiVoeuDTO2                     22  ctrAdr                 string                       yes  1     -
            MAJOpiVoeuDTO3                     1   codAttDec              string                       yes  1     -
            MAJOpiVoeuDTO3                     2   codCge                 string                       yes  1     -
            MAJOpiVoeuDTO3                     3   codCmp                 string                       yes  1     -
            MAJOpiVoeuDTO3                     4   codRge                 string                       yes  1     -
            MAJOpiVoeuDTO3                     5   codDecVeu              string                       yes  1     -
            MAJOpiVoeuDTO3                     6   codCatOuiSi            string                       yes  1     -
            MAJOpiVoeuDTO3                     7   mtfCat                 string                       yes  1     -
            MAJOpiVoeuDTO3                     8   codDemDos              string                       yes  1     -
            MAJOpiVoeuDTO3                     9   codDip                 string                       yes  1     -
            MAJOpiVoeuDTO3                     10  codEtp                 string                       yes  1     -
            MAJOpiVoeuDTO3                     11  codMfo                 string                       yes  1     -
            MAJOpiVoeuDTO3                     12  codSpe1Opi             string                       yes  1     -
            MAJOpiVoeuDTO3                     13  codSpe2Opi             string                       yes  1     -
            MAJOpiVoeuDTO3                     14  codSpe3Opi             string                       yes  1     -
            MAJOpiVoeuDTO3                     15  codTyd                 string                       yes  1     -
            MAJOpiVoeuDTO3                     16  codVrsVdi              int                          yes  1     -
            MAJOpiVoeuDTO3                     17  codVrsVet              int                          yes  1     -
            MAJOpiVoeuDTO3                     18  convocation            MAJConvocationDTO            yes  1     -
            MAJOpiVoeuDTO3                     19  libCmtJur              string                       yes  1     -
            MAJOpiVoeuDTO3                     20  numCls                 int                          yes  1     -
            MAJOpiVoeuDTO3                     21  temValPsd              string                       yes  1     -
            MAJOpiVoeuDTO3                     22  titreAccesExterne      MAJTitreAccesExterneDTO      yes  1     -
            MAJOpiVoeuDTO3                     23  ctrAdr                 string                       yes  1     -
            MAJOpiVoeuDTO3                     24  codCatExoExt           string                       yes  1     -
            MAJOpiVoeuDTO3                     25  comExoExt              string                       yes  1     -
            # §1.14: the 6.x order, every field nillable, messages a list of item strings [C:S1]
            WebBaseException                   1   domaine                string                       yes  1     -
            WebBaseException                   2   element                string                       yes  1     -
            WebBaseException                   3   messages               TableauString                yes  1     -
            WebBaseException                   4   nature                 string                       yes  1     -
            WebBaseException                   5   type                   string                       yes  1     -
            WebBaseException                   6   lastErrorMsg           string                       yes  1     -
            TableauString                      1   item                   string                       yes  0..n  -
            """;

    @Test
    void chaque_element_du_contrat_servi_a_le_type_l_ordre_et_l_occurrence_d_apogee() {
        List<String> attendu = ATTENDU.lines().map(String::strip)
                .filter(ligne -> !ligne.isEmpty() && !ligne.startsWith("#"))
                .map(ligne -> String.join(" ", ligne.split("\\s+"))).toList();

        List<String> servi = new ArrayList<>();
        for (Element schema : schemasServis()) {
            for (Element enfant : enfants(schema)) {
                servi.addAll(lignes(enfant));
            }
        }

        assertEquals(List.of(), sauf(attendu, servi), "expected, not served as such");
        assertEquals(List.of(), sauf(servi, attendu), "served, not expected");
    }

    @Test
    void seuls_l_enveloppe_de_l_operation_et_la_faute_sont_qualifies() {
        for (Element schema : schemasServis()) {
            assertEquals("unqualified", schema.getAttribute("elementFormDefault"), schema.getAttribute("targetNamespace"));
        }
    }

    @Test
    void une_requete_qui_omet_les_elements_facultatifs_est_toujours_enregistree() throws Exception {
        String requete = Files.readString(Path.of("config/samples/mettreajourDonneesOpi_v10.xml"));
        assertTrue(requete.contains("<donneesThese xsi:nil=\"true\"/>"));
        String sansThese = requete.replace("<donneesThese xsi:nil=\"true\"/>", "")
                .replaceAll("<codSpe1BacTer>[^<]*</codSpe1BacTer>", "<codSpe1BacTer/>")
                .replaceAll("<codSpe2BacTer>[^<]*</codSpe2BacTer>", "");

        ConnecteurDEssai.Reponse reponse = connecteur.posterOctets(sansThese.getBytes(StandardCharsets.UTF_8));

        assertEquals(200, reponse.statut(), reponse.corps());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo = 'P260012345'"));
    }

    private static List<String> sauf(List<String> lignes, List<String> retirees) {
        return lignes.stream().filter(ligne -> !retirees.contains(ligne)).toList();
    }

    /** OpiMetier's schema then WebBaseException's, as the live WSDL reaches them. */
    private static List<Element> schemasServis() {
        List<Element> servis = ContratServi.lire(connecteur.adresse()).schemas();
        List<Element> schemas = new ArrayList<>();
        for (String espace : List.of(OpiMetierEndpoint.NAMESPACE, "exception.transverse.commun.apogee.education.gouv")) {
            schemas.add(servis.stream()
                    .filter(s -> espace.equals(s.getAttribute("targetNamespace"))
                            && enfants(s).stream().anyMatch(e -> !"import".equals(e.getLocalName())))
                    .findFirst().orElseThrow(() -> new AssertionError("no schema served for " + espace)));
        }
        return schemas;
    }

    /** The table's rows for one top-level declaration of a schema. */
    private static List<String> lignes(Element declaration) {
        String nom = declaration.getAttribute("name");
        if ("complexType".equals(declaration.getLocalName())) {
            return lignesDuType(nom, declaration);
        }
        if ("element".equals(declaration.getLocalName())) {
            List<Element> types = enfants(declaration);
            if (types.isEmpty()) {
                return List.of("(element) 0 " + nom + " " + sansPrefixe(declaration.getAttribute("type")) + " - - -");
            }
            List<String> lignes = lignesDuType(nom, types.get(0));
            return lignes.isEmpty() ? List.of(nom + " 0 - empty - - -") : lignes;
        }
        return List.of();
    }

    private static List<String> lignesDuType(String proprietaire, Element type) {
        List<String> lignes = new ArrayList<>();
        NodeList elements = type.getElementsByTagNameNS(ContratServi.XSD, "element");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            lignes.add(String.join(" ", proprietaire, String.valueOf(i + 1), element.getAttribute("name"),
                    sansPrefixe(element.getAttribute("type")), "true".equals(element.getAttribute("nillable")) ? "yes" : "no",
                    occurrences(element), element.hasAttribute("default") ? "\"" + element.getAttribute("default") + "\"" : "-"));
        }
        return lignes;
    }

    private static String occurrences(Element element) {
        String min = element.hasAttribute("minOccurs") ? element.getAttribute("minOccurs") : "1";
        String max = element.hasAttribute("maxOccurs") ? element.getAttribute("maxOccurs") : "1";
        return min.equals(max) ? min : min + ".." + ("unbounded".equals(max) ? "n" : max);
    }

    private static String sansPrefixe(String nomQualifie) {
        return nomQualifie.substring(nomQualifie.indexOf(':') + 1);
    }

    private static List<Element> enfants(Element parent) {
        List<Element> enfants = new ArrayList<>();
        for (Node noeud = parent.getFirstChild(); noeud != null; noeud = noeud.getNextSibling()) {
            if (noeud instanceof Element element && !"annotation".equals(element.getLocalName())) {
                enfants.add(element);
            }
        }
        return enfants;
    }
}
