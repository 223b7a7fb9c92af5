package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type T struct{ name string }

func (t T) Show(prefix string, xs ...int) { fmt.Println(t.name, prefix, xs) }

type Shower interface{ Show(string, ...int) }

func main() {
	pr, pw := io.Pipe()
	args := []any{"piped", 1, 2}
	go fmt.Fprintln(pw, args...)
	line, _ := bufio.NewReader(pr).ReadString('\n')
	fmt.Print(line)
	done := make(chan bool)
	t := T{"t"}
	xs := []int{1, 2}
	go func() {
		T.Show(t, "mexpr", xs...)
		done <- true
	}()
	<-done
	var s Shower = t
	f := s.Show
	handlers := []func(string, ...int){f, t.Show}
	defer handlers[1]("h1", xs...)
	defer handlers[0]("h0", []int{9}...)
	defer f("f", xs...)
	lg := log.New(os.Stdout, "log: ", 0)
	defer lg.Printf("%s=%d", []any{"k", 7}...)
	defer lg.Println(args...)
	ff := fmt.Sprintf
	fmt.Println(ff("%v|%v", []any{"a", "b"}...))
	var sb strings.Builder
	defer func() { fmt.Println("sb:", sb.String()) }()
	defer fmt.Fprint(&sb, []any{"x", 3, "y"}...)
	m := map[string]func(...string) string{"join": func(p ...string) string { return strings.Join(p, "+") }}
	defer func() { fmt.Println(m["join"]([]string{"p", "q"}...)) }()
	fmt.Println("end")
}
