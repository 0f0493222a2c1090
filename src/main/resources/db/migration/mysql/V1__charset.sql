-- Khmer, Thai, Burmese and Chinese text must survive: utf8mb4 with binary comparison, so that
-- keys compare exactly as they do on H2.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
