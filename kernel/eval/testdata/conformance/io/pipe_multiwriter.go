package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "some io.Reader stream to be read\n")
		pw.Close()
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)

	var b1, b2 bytes.Buffer
	w := io.MultiWriter(&b1, &b2)
	n, _ := io.Copy(w, strings.NewReader("duplicated"))
	fmt.Println(n, b1.String(), b2.String())

	r := io.MultiReader(strings.NewReader("first "), strings.NewReader("second "), strings.NewReader("third"))
	all, _ := io.ReadAll(r)
	fmt.Println(string(all))

	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee'd"), &tee)
	io.ReadAll(tr)
	fmt.Println(tee.String())

	pr2, pw2 := io.Pipe()
	go func() {
		pw2.CloseWithError(fmt.Errorf("producer failed"))
	}()
	_, err = io.ReadAll(pr2)
	fmt.Println(err)
}
