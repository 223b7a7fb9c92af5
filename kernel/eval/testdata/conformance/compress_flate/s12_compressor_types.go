package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
	"time"
)

type Codec interface {
	Name() string
	Compress([]byte) ([]byte, error)
	Decompress([]byte) ([]byte, error)
}

type Flate int

func (f Flate) Name() string { return fmt.Sprintf("flate-%d", int(f)) }
func (f Flate) Compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, int(f))
	if err != nil {
		return nil, err
	}
	w.Write(b)
	w.Close()
	return buf.Bytes(), nil
}
func (Flate) Decompress(b []byte) ([]byte, error) {
	return io.ReadAll(flate.NewReader(bytes.NewReader(b)))
}

type Gzip struct{ Name_ string }

func (g Gzip) Name() string { return "gzip" }
func (g Gzip) Compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Name = g.Name_
	w.ModTime = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	w.Write(b)
	err := w.Close()
	return buf.Bytes(), err
}
func (Gzip) Decompress(b []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer r.Close()
	fmt.Print("[", r.Name, " ", r.ModTime.UTC().Year(), "] ")
	return io.ReadAll(r)
}

type Zlib struct{}

func (Zlib) Name() string { return "zlib" }
func (Zlib) Compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write(b)
	err := w.Close()
	return buf.Bytes(), err
}
func (Zlib) Decompress(b []byte) ([]byte, error) {
	r, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func main() {
	data := []byte(strings.Repeat("gonotes runs Go in Jupyter. ", 40))
	for _, c := range []Codec{Flate(flate.NoCompression), Flate(flate.BestSpeed), Flate(flate.BestCompression), Flate(flate.HuffmanOnly), Gzip{"notes.txt"}, Zlib{}} {
		z, err := c.Compress(data)
		back, err2 := c.Decompress(z)
		fmt.Println(c.Name(), len(z) < len(data), err, err2, bytes.Equal(back, data))
	}
	_, err := Flate(42).Compress(data)
	fmt.Println(err)
	_, err = Gzip{}.Decompress([]byte("not gzip"))
	fmt.Println(err)
	_, err = Zlib{}.Decompress([]byte{0x78, 0x9c, 1, 2})
	fmt.Println(err != nil)
}
