package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Accept interfaces, return structs.

type Store struct {
	data map[string]string
}

func NewStore() *Store { return &Store{data: map[string]string{}} }

func (s *Store) Get(k string) (string, bool) { v, ok := s.data[k]; return v, ok }
func (s *Store) Set(k, v string)             { s.data[k] = v }

// The consumer declares the small interface it needs.
type getter interface {
	Get(string) (string, bool)
}

func greeting(g getter, user string) string {
	if name, ok := g.Get(user); ok {
		return "hello " + name
	}
	return "hello stranger"
}

type fakeGetter map[string]string

func (f fakeGetter) Get(k string) (string, bool) { v, ok := f[k]; return v, ok }

func countLines(r io.Reader) (int, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return 0, err
	}
	return bytes.Count(b, []byte("\n")), nil
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

type onlyWriter struct{ sb *strings.Builder }

func (o onlyWriter) Write(p []byte) (int, error) { return o.sb.Write(p) }

func main() {
	s := NewStore()
	s.Set("u1", "Ada")
	fmt.Println(greeting(s, "u1"), "|", greeting(s, "u2"))
	fmt.Println(greeting(fakeGetter{"x": "Fake"}, "x"))
	n, err := countLines(strings.NewReader("a\nb\nc\n"))
	fmt.Println(n, err)
	n, err = countLines(errReader{io.ErrClosedPipe})
	fmt.Println(n, err)
	var sb strings.Builder
	w := onlyWriter{&sb}
	_, isStringWriter := io.Writer(w).(io.StringWriter)
	io.WriteString(w, "via Write ")
	io.WriteString(&sb, "via WriteString")
	fmt.Println(sb.String(), isStringWriter)
	r := io.TeeReader(strings.NewReader("tee"), w)
	io.ReadAll(r)
	lr := io.LimitReader(strings.NewReader("abcdefgh"), 3)
	b, _ := io.ReadAll(lr)
	fmt.Println(sb.String(), string(b))
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two"))
	var buf bytes.Buffer
	nn, _ := io.Copy(&buf, mr)
	fmt.Println(nn, buf.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	fmt.Println(string(sec), sr.Size())
}
