package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.CloseWithError(errors.New("producer done"))
	}()
	all, err := io.ReadAll(pr)
	<-done
	fmt.Printf("%q %v\n", all, err)

	pr2, pw2 := io.Pipe()
	pr2.Close()
	_, err = pw2.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)

	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), bytes.NewReader([]byte("cd")))
	var tee bytes.Buffer
	tr := io.TeeReader(mr, &tee)
	buf := make([]byte, 3)
	for {
		n, err := tr.Read(buf)
		fmt.Printf("%d %q %v; ", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println(tee.String())

	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	io.WriteString(mw, "both")
	fmt.Println(a.String(), b.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	x := make([]byte, 10)
	n, err := sr.Read(x)
	fmt.Println(n, err, string(x[:n]), sr.Size())
	n, err = sr.ReadAt(x[:3], 3)
	fmt.Println(n, err, string(x[:n]))
	pos, err := sr.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	n, _ = sr.Read(x)
	fmt.Println(string(x[:n]))
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)
	outer, off, size := sr.Outer()
	fmt.Println(outer != nil, off, size)

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	lb, _ := io.ReadAll(lr)
	fmt.Println(string(lb))
	full := make([]byte, 5)
	n, err = io.ReadFull(strings.NewReader("abc"), full)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 2)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), full[:1], 2)
	fmt.Println(n, err)
	ow := io.NewOffsetWriter(&wa{}, 0)
	fmt.Println(ow != nil)
	n, err = io.ReadFull(strings.NewReader(""), full)
	fmt.Println(n, err)
	fmt.Println(io.Discard.Write([]byte("zz")))
	nr := io.NopCloser(strings.NewReader("q"))
	fmt.Println(nr.Close())
}

type wa struct{}

func (wa) WriteAt(p []byte, off int64) (int, error) { return len(p), nil }
