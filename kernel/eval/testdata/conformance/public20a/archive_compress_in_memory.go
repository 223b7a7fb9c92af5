package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
	"time"
)

func main() {
	files := []struct{ name, body string }{
		{"readme.txt", "This archive contains text files."},
		{"data/numbers.csv", "1,2,3\n4,5,6\n"},
		{"data/empty.txt", ""},
	}
	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	for _, f := range files {
		hdr := &tar.Header{Name: f.name, Mode: 0600, Size: int64(len(f.body)), ModTime: time.Unix(0, 0)}
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
		fmt.Printf("tar %s %d %o %q\n", h.Name, h.Size, h.Mode, body)
	}
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	for _, f := range files {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
		io.WriteString(w, strings.Repeat(f.body, 10))
	}
	zw.SetComment("made in memory")
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(zb.Bytes()), int64(zb.Len()))
	fmt.Println(err, len(zr.File), zr.Comment)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Println("zip", f.Name, f.UncompressedSize64, len(b), f.Method, f.Modified.Year())
	}
	var gb bytes.Buffer
	gw := gzip.NewWriter(&gb)
	gw.Name = "hello.txt"
	gw.ModTime = time.Unix(1e9, 0)
	io.WriteString(gw, strings.Repeat("hello gzip ", 100))
	gw.Close()
	fmt.Println(gb.Len() < 1100)
	gr, err := gzip.NewReader(&gb)
	fmt.Println(err, gr.Name, gr.ModTime.UTC().Year())
	out, _ := io.ReadAll(gr)
	fmt.Println(len(out), string(out[:11]))
	_, err = gzip.NewReader(strings.NewReader("not gzip"))
	fmt.Println(err)
	var lb bytes.Buffer
	lw, _ := zlib.NewWriterLevel(&lb, zlib.BestCompression)
	lw.Write([]byte(strings.Repeat("ab", 500)))
	lw.Close()
	lr, _ := zlib.NewReader(&lb)
	res, _ := io.ReadAll(lr)
	fmt.Println(len(res), res[:4])
}
