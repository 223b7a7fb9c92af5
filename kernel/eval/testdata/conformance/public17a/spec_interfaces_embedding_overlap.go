package main

import "fmt"

type ReadCloser interface {
	Read() string
	Close() error
}

type WriteCloser interface {
	Write(string)
	Close() error
}

type ReadWriteCloser interface {
	ReadCloser
	WriteCloser
}

type file struct {
	buf    []string
	closed bool
}

func (f *file) Read() string {
	if len(f.buf) == 0 {
		return ""
	}
	s := f.buf[0]
	f.buf = f.buf[1:]
	return s
}
func (f *file) Write(s string) { f.buf = append(f.buf, s) }
func (f *file) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

func main() {
	var rwc ReadWriteCloser = &file{}
	rwc.Write("a")
	rwc.Write("b")
	fmt.Println(rwc.Read())
	var rc ReadCloser = rwc
	fmt.Println(rc.Read(), rc.Close(), rwc.Close())
	_, ok := rc.(WriteCloser)
	fmt.Println(ok)
	fmt.Printf("%T\n", rc)
}
