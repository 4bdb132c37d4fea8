package org.summitcoverage.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What a fatal error says to the person who runs the tool: the file and why, in words, where java.nio's
 * exceptions carry only a path (`fatal: outfile.txt`).
 */
final class Failures {
    private Failures() {
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String file = f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile());
            String why = f.getReason();
            if (e instanceof NoSuchFileException) {
                return file + ": no such file or folder";
            }
            if (e instanceof AccessDeniedException) {
                return file + ": permission denied";
            }
            if (e instanceof FileAlreadyExistsException) {
                return file + " already exists and is not a folder";
            }
            if (e instanceof NotDirectoryException) {
                return file + " is not a folder";
            }
            return file + (why == null ? ": " + e.getClass().getSimpleName() : ": " + why);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
