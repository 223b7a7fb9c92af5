package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type src struct{ s string }

func (r *src) Read(p []byte) (int, error) {
	fmt.Println("Read called")
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

func (r *src) WriteTo(w io.Writer) (int64, error) {
	fmt.Println("WriteTo called")
	n, err := io.WriteString(w, strings.ToUpper(r.s))
	r.s = ""
	return int64(n), err
}

type sink struct{ buf bytes.Buffer }

func (s *sink) Write(p []byte) (int, error) { return s.buf.Write(p) }

func (s *sink) ReadFrom(r io.Reader) (int64, error) {
	fmt.Println("ReadFrom called")
	b, err := io.ReadAll(r)
	s.buf.WriteString("<" + string(b) + ">")
	return int64(len(b)), err
}

type Level int

func (l Level) String() string   { return fmt.Sprint("L", int(l)) }
func (l Level) GoString() string { return fmt.Sprint("Level(", int(l), ")") }

func main() {
	var r io.Reader = &src{"abc"}
	var b bytes.Buffer
	n, err := io.Copy(&b, r)
	fmt.Println(n, err, b.String())

	s := &sink{}
	var w io.Writer = s
	n, err = io.Copy(w, strings.NewReader("xyz"))
	fmt.Println(n, err, s.buf.String())

	var st fmt.Stringer = Level(3)
	fmt.Printf("%v %#v %s\n", st, st, []fmt.Stringer{st})
}
