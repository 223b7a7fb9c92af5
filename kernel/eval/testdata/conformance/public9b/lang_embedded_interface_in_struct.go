package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
	Keys() []string
}

type mapStore map[string]string

func (m mapStore) Get(k string) (string, bool) { v, ok := m[k]; return v, ok }
func (m mapStore) Set(k, v string)             { m[k] = v }
func (m mapStore) Keys() []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type countingStore struct {
	Store
	gets, sets int
}

func (c *countingStore) Get(k string) (string, bool) {
	c.gets++
	return c.Store.Get(k)
}

type upperStore struct{ Store }

func (u upperStore) Set(k, v string) { u.Store.Set(k, strings.ToUpper(v)) }

type loudWriter struct {
	io.Writer
	n int
}

func (l *loudWriter) Write(p []byte) (int, error) {
	l.n++
	return l.Writer.Write([]byte(strings.ToUpper(string(p))))
}

type sortable struct {
	sort.Interface
	desc bool
}

func (s sortable) Less(i, j int) bool {
	if s.desc {
		return s.Interface.Less(j, i)
	}
	return s.Interface.Less(i, j)
}

func main() {
	cs := &countingStore{Store: mapStore{}}
	var st Store = upperStore{cs}
	st.Set("a", "hello")
	st.Set("b", "world")
	v, ok := st.Get("a")
	_, ok2 := st.Get("zz")
	fmt.Println(v, ok, ok2, cs.gets, cs.sets, st.Keys())
	var sb strings.Builder
	lw := &loudWriter{Writer: &sb}
	fmt.Fprintf(lw, "x=%d ", 1)
	io.WriteString(lw, "done")
	fmt.Println(sb.String(), lw.n)
	xs := []int{3, 1, 2}
	sort.Sort(sortable{sort.IntSlice(xs), true})
	fmt.Println(xs)
	sort.Sort(sortable{Interface: sort.StringSlice([]string{"b", "a"})})
	var empty countingStore
	func() {
		defer func() { fmt.Println("nil embedded:", recover() != nil) }()
		empty.Set("x", "y")
	}()
	var w io.Writer = lw
	_, isStringer := w.(fmt.Stringer)
	_, isRW := w.(io.ReadWriter)
	fmt.Println(isStringer, isRW)
}
