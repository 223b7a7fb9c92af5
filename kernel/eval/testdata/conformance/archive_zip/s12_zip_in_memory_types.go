package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

type Entry struct {
	Path    string
	Content string
	Store   bool
}

type Archive []Entry

func (a Archive) Bytes() ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.SetComment("made in a notebook")
	for _, e := range a {
		h := &zip.FileHeader{Name: e.Path, Method: zip.Deflate, Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
		if e.Store {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, fmt.Errorf("create %s: %w", e.Path, err)
		}
		io.WriteString(w, e.Content)
	}
	return buf.Bytes(), zw.Close()
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }

func main() {
	a := Archive{{"docs/readme.md", strings.Repeat("hello zip ", 20), false}, {"bin/data.bin", "\x00\x01\x02", true}, {"empty/", "", true}}
	data, err := a.Bytes()
	fmt.Println(err, len(data) > 0)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(zr.Comment, len(zr.File))
	names := []string{}
	for _, f := range zr.File {
		names = append(names, f.Name)
		rc, err := f.Open()
		if err != nil {
			fmt.Println(f.Name, err)
			continue
		}
		var sb strings.Builder
		n, _ := io.Copy(upper{&sb}, rc)
		rc.Close()
		fmt.Println(f.Name, f.Method, n, f.UncompressedSize64, f.Mode().IsDir(), len(sb.String()) > 0 || n == 0)
	}
	sort.Strings(names)
	fmt.Println(names)
	f, err := zr.Open("docs/readme.md")
	st, _ := f.Stat()
	fmt.Println(err, st.Name(), st.Size())
	_, err = zr.Open("missing")
	fmt.Println(err)
}
