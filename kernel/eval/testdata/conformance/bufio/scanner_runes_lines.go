package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Print(sc.Text(), "|")
	}
	fmt.Println()
	lines := bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nthree"))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("%d %q %v\n", n, lines.Text(), lines.Bytes())
	}
	sb := bufio.NewScanner(strings.NewReader("ab"))
	sb.Split(bufio.ScanBytes)
	for sb.Scan() {
		fmt.Println(sb.Bytes())
	}
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
	}
	fmt.Println(long.Err())
}
