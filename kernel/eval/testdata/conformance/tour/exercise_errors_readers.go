package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprint("cannot Sqrt negative number: ", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := x
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	_, err := Sqrt(-1)
	var neg ErrNegativeSqrt
	fmt.Println(errors.As(err, &neg), float64(neg))
	io.Copy(os.Stdout, upper{strings.NewReader("shout this\n")})
	data, _ := io.ReadAll(io.TeeReader(strings.NewReader("tee"), os.Stdout))
	fmt.Println(" ->", len(data))
	mr := io.MultiReader(strings.NewReader("a"), strings.NewReader("b"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println(string(piped))
	var sw strings.Builder
	mw := io.MultiWriter(&sw, &sw)
	io.WriteString(mw, "x")
	fmt.Println(sw.String())
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 3))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
}
