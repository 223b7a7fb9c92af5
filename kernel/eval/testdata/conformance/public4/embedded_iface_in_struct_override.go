package main

import (
	"fmt"
	"io"
	"strings"
)

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
}

type mapStore map[string]string

func (m mapStore) Get(k string) (string, bool) { v, ok := m[k]; return v, ok }
func (m mapStore) Set(k, v string)             { m[k] = v }

type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.Store.Set(k, v)
}

type countingReader struct {
	io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	return n, err
}

type upper struct{ io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	ls := &loggingStore{Store: mapStore{}}
	var s Store = ls
	s.Set("a", "1")
	s.Set("b", "2")
	v, ok := s.Get("a")
	fmt.Println(v, ok, ls.log)
	_, ok = s.Get("zz")
	fmt.Println(ok)
	cr := &countingReader{Reader: strings.NewReader("hello reader")}
	data, _ := io.ReadAll(upper{cr})
	fmt.Println(string(data), cr.n)
	var r io.Reader = cr
	_, isWriter := r.(io.Writer)
	fmt.Println(isWriter)
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var empty loggingStore
	empty.Get("x")
}
