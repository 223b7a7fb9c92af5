package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"io"
	"strings"
	"time"
)

func main() {
	text := strings.Repeat("the quick brown fox jumps over the lazy dog. ", 40)
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Name = "fox.txt"
	zw.Comment = "demo"
	zw.ModTime = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	zw.Write([]byte(text))
	zw.Close()
	fmt.Println(len(text), gz.Len() < len(text)/5)
	zr, err := gzip.NewReader(&gz)
	fmt.Println(err, zr.Name, zr.Comment, zr.ModTime.UTC())
	back, _ := io.ReadAll(zr)
	fmt.Println(string(back) == text)

	var fl bytes.Buffer
	fw, _ := flate.NewWriter(&fl, flate.BestSpeed)
	io.WriteString(fw, text)
	fw.Close()
	fr := flate.NewReader(&fl)
	n, _ := io.Copy(io.Discard, fr)
	fmt.Println(n)

	var zl bytes.Buffer
	w := zlib.NewWriter(&zl)
	w.Write([]byte("hello, zlib"))
	w.Close()
	r, _ := zlib.NewReader(bytes.NewReader(zl.Bytes()))
	out, _ := io.ReadAll(r)
	fmt.Printf("%s %x %x\n", out, adler32.Checksum([]byte("hello, zlib")), zl.Bytes()[len(zl.Bytes())-4:])
	_, err = gzip.NewReader(strings.NewReader("not gzip"))
	fmt.Println(err)

	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	for _, f := range []struct{ name, body string }{{"readme.txt", "read me"}, {"dir/main.go", "package main"}} {
		hdr := &tar.Header{Name: f.name, Mode: 0o600, Size: int64(len(f.body)), ModTime: time.Unix(0, 0), Format: tar.FormatPAX}
		tw.WriteHeader(hdr)
		tw.Write([]byte(f.body))
	}
	tw.Close()
	tr := tar.NewReader(&tb)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		body, _ := io.ReadAll(tr)
		fmt.Println(h.Name, h.Size, h.FileInfo().Mode(), string(body))
	}

	var zb bytes.Buffer
	zwr := zip.NewWriter(&zb)
	zwr.SetComment("archive")
	for i, name := range []string{"a.txt", "b/c.txt"} {
		fh := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2021, 5, 6, 7, 8, 10, 0, time.UTC)}
		wr, _ := zwr.CreateHeader(fh)
		fmt.Fprintf(wr, "file %d: %s", i, strings.Repeat("z", 20))
	}
	zwr.Close()
	zrd, err := zip.NewReader(bytes.NewReader(zb.Bytes()), int64(zb.Len()))
	fmt.Println(err, zrd.Comment, len(zrd.File))
	for _, f := range zrd.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Println(f.Name, f.UncompressedSize64, f.Method, f.CRC32 == crc32.ChecksumIEEE(b), string(b[:6]), f.Modified.UTC().Format(time.DateTime))
	}
	data, err := zrd.Open("b/c.txt")
	st, _ := data.Stat()
	fmt.Println(err, st.Name(), st.Size())
}
