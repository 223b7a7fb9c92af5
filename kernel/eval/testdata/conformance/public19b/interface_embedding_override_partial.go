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

type MapStore struct{ m map[string]string }

func NewMapStore() *MapStore                    { return &MapStore{m: map[string]string{}} }
func (s *MapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *MapStore) Set(k, v string)             { s.m[k] = v }
func (s *MapStore) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type LoggingStore struct {
	Store
	log []string
}

func (l *LoggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.Store.Set(k, v)
}

type ReadOnly struct{ Store }

func (ReadOnly) Set(k, v string) { panic("read-only store: cannot set " + k) }

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type sortByLen struct{ sort.StringSlice }

func (s sortByLen) Less(i, j int) bool { return len(s.StringSlice[i]) < len(s.StringSlice[j]) }

func main() {
	base := NewMapStore()
	ls := &LoggingStore{Store: base}
	var st Store = ls
	st.Set("b", "2")
	st.Set("a", "1")
	v, ok := st.Get("a")
	fmt.Println(v, ok, st.Keys(), ls.log)
	ro := ReadOnly{base}
	st = ro
	v, ok = st.Get("b")
	fmt.Println(v, ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		st.Set("c", "3")
	}()
	var empty LoggingStore
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Keys()
	}()
	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	n, err := io.Copy(cw, upperReader{strings.NewReader("hello, embedded world")})
	fmt.Println(n, err, cw.n, sb.String())
	fmt.Fprintf(cw, " %d", 42)
	fmt.Println(cw.n, sb.String())
	words := sortByLen{sort.StringSlice{"ccc", "a", "bb", "dddd", "e"}}
	sort.Stable(words)
	fmt.Println(words.StringSlice)
	sort.Sort(words.StringSlice)
	fmt.Println(words.StringSlice, words.Len())
	var w io.Writer = cw
	if sw, ok := w.(io.StringWriter); ok {
		fmt.Println("StringWriter?", sw != nil)
	} else {
		fmt.Println("not a StringWriter")
	}
	var rw io.ReadWriter = struct {
		io.Reader
		io.Writer
	}{strings.NewReader("abc"), &sb}
	buf := make([]byte, 2)
	k, _ := rw.Read(buf)
	rw.Write(buf[:k])
	fmt.Println(sb.String())
}
