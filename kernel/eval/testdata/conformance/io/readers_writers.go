package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	r := io.MultiReader(strings.NewReader("abc"), strings.NewReader("def"))
	var buf bytes.Buffer
	n, err := io.Copy(&buf, r)
	fmt.Println(n, err, buf.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2, upper{os.Stdout})
	io.WriteString(mw, "tee\n")
	fmt.Println(b1.String() == b2.String())
	p := make([]byte, 3)
	_, err = io.ReadFull(strings.NewReader("ab"), p)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	tr := io.TeeReader(strings.NewReader("xy"), &b1)
	io.ReadAll(tr)
	fmt.Printf("%q\n", b1.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 4)
	s, _ := io.ReadAll(sr)
	fmt.Println(string(s), io.EOF)
	pr, pw := io.Pipe()
	go func() { fmt.Fprint(pw, "through pipe"); pw.Close() }()
	all, _ := io.ReadAll(pr)
	fmt.Println(string(all))
}
