package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func produce(w *io.PipeWriter, lines []string) {
	bw := bufio.NewWriter(w)
	for i, l := range lines {
		fmt.Fprintf(bw, "%03d %s\n", i, l)
	}
	if err := bw.Flush(); err != nil {
		w.CloseWithError(err)
		return
	}
	w.Close()
}

func main() {
	pr, pw := io.Pipe()
	go produce(pw, strings.Fields("alpha beta gamma delta epsilon"))
	sc := bufio.NewScanner(pr)
	n := 0
	for sc.Scan() {
		n++
		fmt.Println(strings.ToUpper(sc.Text()))
	}
	fmt.Println("lines:", n, "err:", sc.Err())

	pr2, pw2 := io.Pipe()
	go func() {
		io.WriteString(pw2, "partial data")
		pw2.CloseWithError(fmt.Errorf("upstream failed"))
	}()
	b, err := io.ReadAll(pr2)
	fmt.Printf("%q %v\n", b, err)

	pr3, pw3 := io.Pipe()
	pr3.Close()
	_, err = pw3.Write([]byte("x"))
	fmt.Println(err)
}
