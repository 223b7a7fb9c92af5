package main

import (
	"fmt"
	"io"
	"strings"
)

type ReadCloser interface {
	io.Reader
	io.Closer
}

type ReadSeekCloser interface {
	ReadCloser
	io.ReadSeeker // overlaps with Read
	Close() error // declared again, identical
}

type rsc struct{ *strings.Reader }

func (rsc) Close() error { return nil }

func main() {
	var x ReadSeekCloser = rsc{strings.NewReader("hello")}
	buf := make([]byte, 2)
	n, _ := x.Read(buf)
	pos, _ := x.Seek(0, io.SeekCurrent)
	fmt.Println(n, string(buf), pos, x.Close())
	var rc ReadCloser = x
	var r io.Reader = rc
	_, ok := r.(io.Seeker)
	fmt.Println("seeker:", ok)
	_, ok = r.(io.Writer)
	fmt.Println("writer:", ok)
	var a any = x
	_, ok = a.(interface {
		Read([]byte) (int, error)
		Seek(int64, int) (int64, error)
		Close() error
	})
	fmt.Println("literal:", ok)
	_, ok = a.(interface{ Close() })
	fmt.Println("Close() without error:", ok)
}
