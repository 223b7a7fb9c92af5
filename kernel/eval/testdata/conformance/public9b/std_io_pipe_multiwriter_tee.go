package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
)

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(fmt.Errorf("producer done after %d lines", 5))
	}()
	var copyBuf bytes.Buffer
	h := sha256.New()
	cw := &countingWriter{}
	mw := io.MultiWriter(&copyBuf, h, cw)
	tee := io.TeeReader(upper{pr}, mw)
	data, err := io.ReadAll(tee)
	fmt.Printf("%q\n", data)
	fmt.Println("err:", err)
	fmt.Println(cw.n, copyBuf.Len(), fmt.Sprintf("%x", h.Sum(nil))[:16])

	src := strings.NewReader("0123456789abcdef")
	sec := io.NewSectionReader(src, 4, 8)
	b := make([]byte, 3)
	n, err := sec.ReadAt(b, 6)
	fmt.Println(n, err, string(b[:n]), sec.Size())
	all, _ := io.ReadAll(sec)
	fmt.Println(string(all))
	off, _ := sec.Seek(-2, io.SeekEnd)
	rest, _ := io.ReadAll(sec)
	fmt.Println(off, string(rest))
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	lb, _ := io.ReadAll(lr)
	fmt.Println(string(lb))
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	var sb strings.Builder
	nn, err := io.Copy(&sb, mr)
	fmt.Println(nn, err, sb.String())
	nn, err = io.CopyN(io.Discard, strings.NewReader("xy"), 5)
	fmt.Println(nn, err)
	_, err = io.ReadFull(strings.NewReader("abc"), make([]byte, 5))
	fmt.Println(err)
}
