package main

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"time"
)

type File struct {
	Name string
	Body string
	Mode int64
}

type Bundle []File

func (b Bundle) Tar() ([]byte, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range b {
		hdr := &tar.Header{Name: f.Name, Mode: f.Mode, Size: int64(len(f.Body)), ModTime: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), Format: tar.FormatPAX}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, fmt.Errorf("header %s: %w", f.Name, err)
		}
		if _, err := io.WriteString(tw, f.Body); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), tw.Close()
}

func Untar(data []byte) (Bundle, error) {
	var out Bundle
	tr := tar.NewReader(bytes.NewReader(data))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		b, _ := io.ReadAll(tr)
		out = append(out, File{h.Name, string(b), h.Mode})
		fmt.Println(h.Name, h.Size, h.ModTime.UTC().Format(time.DateOnly), h.Typeflag == tar.TypeReg, h.FileInfo().Mode())
	}
}

func main() {
	b := Bundle{{"readme.md", "# hi\n", 0o644}, {"bin/run.sh", "#!/bin/sh\necho ok\n", 0o755}, {"empty", "", 0o600}}
	data, err := b.Tar()
	fmt.Println(len(data)%512, err)
	back, err := Untar(data)
	fmt.Println(len(back), err, back[1].Body == b[1].Body)
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	tw.WriteHeader(&tar.Header{Name: "x", Size: 2, Mode: 0o644})
	_, err = tw.Write([]byte("toolong"))
	fmt.Println(err)
	fmt.Println(tw.Close())
}
