package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	fmt.Println("direct first")
	w.Flush()
	var buf bytes.Buffer
	mw := io.MultiWriter(os.Stdout, &buf)
	fmt.Fprintln(mw, "to both")
	fmt.Print(buf.String())
	io.Copy(os.Stdout, strings.NewReader("copied\n"))
	io.WriteString(os.Stdout, "write string\n")
	fmt.Fprintln(upper{os.Stdout}, "shouted")
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]any{"a": []int{1}, "b": nil})
	l := log.New(os.Stdout, "[app] ", log.Lmsgprefix)
	l.Println("hello")
	l.Printf("no newline %d", 2)
	l.SetPrefix("> ")
	l.SetFlags(0)
	l.Print("multi\nline")
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == os.Stdout)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("via std logger")
	log.Default().Printf("default %v", true)
	fmt.Fprintln(os.Stderr, "to stderr")
	ew := bufio.NewWriter(os.Stderr)
	fmt.Fprint(ew, "buffered stderr\n")
	ew.Flush()
	sc := bufio.NewScanner(strings.NewReader("x\ny\n"))
	out := bufio.NewWriterSize(os.Stdout, 2)
	for sc.Scan() {
		out.WriteString("line:" + sc.Text() + "\n")
	}
	out.Flush()
	fmt.Printf("%s|%5.2f|%-4d|\n", "end", 3.14159, 7)
	defer fmt.Println("deferred before exit?")
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		log.Panicf("bad %s", "thing")
	}()
	log.SetOutput(os.Stderr)
	log.Fatalf("fatal %d", 3)
}
