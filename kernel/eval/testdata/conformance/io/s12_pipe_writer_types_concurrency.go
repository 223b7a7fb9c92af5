package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"
)

type Encoder interface {
	Encode(w io.Writer, v any) error
}

type lineEncoder struct{ prefix string }

func (l lineEncoder) Encode(w io.Writer, v any) error {
	_, err := fmt.Fprintf(w, "%s%v\n", l.prefix, v)
	return err
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

func produce(w *io.PipeWriter, enc Encoder, vals []any, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, v := range vals {
		if err := enc.Encode(w, v); err != nil {
			return
		}
	}
	w.Close()
}

func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go produce(pw, lineEncoder{"> "}, []any{1, "two", Point{3, 4}, []Point{{5, 6}}, nil}, &wg)
	sc := bufio.NewScanner(pr)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	wg.Wait()
	fmt.Printf("%q %v\n", lines, sc.Err())
	pr2, pw2 := io.Pipe()
	go func() {
		io.Copy(pw2, strings.NewReader("partial"))
		pw2.CloseWithError(fmt.Errorf("upstream: %w", io.ErrUnexpectedEOF))
	}()
	b, err := io.ReadAll(pr2)
	fmt.Printf("%q %v\n", b, err)
	pr3, pw3 := io.Pipe()
	pr3.Close()
	_, err = pw3.Write([]byte("x"))
	fmt.Println(err == io.ErrClosedPipe)
}
