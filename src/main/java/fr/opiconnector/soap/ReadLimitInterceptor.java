package fr.opiconnector.soap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/** Counts a request body as it is read and stops past the limit: the bound for bodies sent without a length. */
final class ReadLimitInterceptor extends AbstractPhaseInterceptor<Message> {

    private final long octetsMax;

    ReadLimitInterceptor(long octetsMax) {
        super(Phase.RECEIVE);
        this.octetsMax = octetsMax;
    }

    @Override
    public void handleMessage(Message message) {
        InputStream corps = message.getContent(InputStream.class);
        if (corps != null) {
            message.setContent(InputStream.class, new Compteur(corps, octetsMax));
        }
    }

    private static final class Compteur extends FilterInputStream {

        private final long max;
        private long lus;

        Compteur(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int octet = super.read();
            if (octet >= 0) {
                compter(1);
            }
            return octet;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                compter(n);
            }
            return n;
        }

        private void compter(long n) throws IOException {
            lus += n;
            if (lus > max) {
                throw new IOException("request body over " + max + " bytes");
            }
        }
    }
}
