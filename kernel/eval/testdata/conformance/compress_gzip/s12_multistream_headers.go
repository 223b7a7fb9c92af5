package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"time"
)

type Member struct {
	Name    string
	Comment string
	Body    string
}

func (m Member) WriteTo(w io.Writer) (int64, error) {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	zw.Name, zw.Comment = m.Name, m.Comment
	zw.ModTime = time.Date(2024, 3, 3, 3, 3, 3, 0, time.UTC)
	n, err := io.WriteString(zw, m.Body)
	if err != nil {
		return int64(n), err
	}
	return int64(n), zw.Close()
}

func main() {
	var buf bytes.Buffer
	for _, m := range []Member{{"a.txt", "first", "alpha alpha alpha"}, {"b.txt", "", "beta"}} {
		m.WriteTo(&buf)
	}
	raw := buf.Bytes()
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		fmt.Println(err)
		return
	}
	all, err := io.ReadAll(zr)
	fmt.Printf("%q %v %s\n", all, err, zr.Name)
	zr, _ = gzip.NewReader(bytes.NewReader(raw))
	zr.Multistream(false)
	for i := 0; ; i++ {
		b, err := io.ReadAll(zr)
		fmt.Printf("%d %s %q %q %v %v\n", i, zr.Name, zr.Comment, b, zr.ModTime.UTC().Format(time.DateTime), err)
		err = zr.Reset(bytes.NewReader(raw[len(raw)-rem(raw, i):]))
		if err != nil || i == 1 {
			fmt.Println("end", err == io.EOF || err == nil)
			break
		}
		zr.Multistream(false)
	}
	_, err = gzip.NewReader(bytes.NewReader([]byte("plain text")))
	fmt.Println(err, errors.Is(err, gzip.ErrHeader))
	trunc := raw[:len(raw)/2]
	zr, _ = gzip.NewReader(bytes.NewReader(trunc))
	_, err = io.ReadAll(zr)
	fmt.Println(err)
}

// rem returns how many bytes follow the first member (for i == 0).
func rem(raw []byte, i int) int {
	var first bytes.Buffer
	Member{"a.txt", "first", "alpha alpha alpha"}.WriteTo(&first)
	return len(raw) - first.Len()
}
