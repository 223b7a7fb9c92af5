package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "chunk %d;", i)
		}
		pw.CloseWithError(fmt.Errorf("producer done"))
	}()
	data, err := io.ReadAll(pr)
	fmt.Println(string(data), err)

	var a, b bytes.Buffer
	h := sha256.New()
	mw := io.MultiWriter(&a, upper{&b}, h)
	n, err := io.WriteString(mw, "multi writer")
	fmt.Println(n, err, a.String(), b.String())
	fmt.Printf("%x\n", h.Sum(nil)[:8])

	var log bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee reader data"), &log)
	first := make([]byte, 4)
	io.ReadFull(tee, first)
	fmt.Println(string(first), log.String())
	io.Copy(io.Discard, tee)
	fmt.Println(log.String())
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
}
