package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\n\nlast"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("count  the words\nhere"))
	ws.Split(bufio.ScanWords)
	words := 0
	for ws.Scan() {
		words++
	}
	fmt.Println("words:", words)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", w.Buffered())
	fmt.Println("printed first")
	w.Flush()
	r := bufio.NewReader(strings.NewReader("ab\ncd"))
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, _ := r.Peek(1)
	rest, err := r.ReadString('\n')
	fmt.Printf("%s %q %v\n", b, rest, err)
}
