package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log"
	"sort"
	"strings"
)

type visitFn func(n ast.Node) bool

func (f visitFn) Visit(n ast.Node) ast.Visitor {
	if n != nil && f(n) {
		return f
	}
	return nil
}

type WriterFunc func(p []byte) (int, error)

func (f WriterFunc) Write(p []byte) (int, error) { return f(p) }

type LessFunc func(a, b string) bool

type sorter struct {
	s    []string
	less LessFunc
}

func (s sorter) Len() int           { return len(s.s) }
func (s sorter) Less(i, j int) bool { return s.less(s.s[i], s.s[j]) }
func (s sorter) Swap(i, j int)      { s.s[i], s.s[j] = s.s[j], s.s[i] }

type ReaderFunc func(p []byte) (int, error)

func (f ReaderFunc) Read(p []byte) (int, error) { return f(p) }

func main() {
	f, _ := parser.ParseFile(token.NewFileSet(), "x.go", "package x\nfunc a() { b(); c(d()) }\nfunc e() {}", 0)
	var calls []string
	ast.Walk(visitFn(func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			calls = append(calls, c.Fun.(*ast.Ident).Name)
		}
		return true
	}), f)
	fmt.Println(calls)
	var lines []string
	l := log.New(WriterFunc(func(p []byte) (int, error) {
		lines = append(lines, strings.TrimSpace(string(p)))
		return len(p), nil
	}), "> ", 0)
	l.Print("one")
	l.Printf("two %d", 2)
	fmt.Println(lines)
	fmt.Fprintf(WriterFunc(func(p []byte) (int, error) { fmt.Print("[", string(p), "]"); return len(p), nil }), "x=%d\n", 5)
	s := sorter{[]string{"bb", "a", "ccc"}, func(a, b string) bool { return len(a) > len(b) }}
	sort.Sort(s)
	fmt.Println(s.s)
	n := 0
	r := ReaderFunc(func(p []byte) (int, error) {
		if n >= 3 {
			return 0, io.EOF
		}
		n++
		p[0] = byte('0' + n)
		return 1, nil
	})
	b, err := io.ReadAll(r)
	fmt.Println(string(b), err)
	var w io.Writer = WriterFunc(func(p []byte) (int, error) { return len(p), nil })
	k, _ := io.Copy(w, strings.NewReader("12345"))
	fmt.Println(k)
}
