package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// countingReader embeds io.Reader and overrides Read.
type countingReader struct {
	io.Reader
	n, calls int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	c.calls++
	return n, err
}

// flaky fails after some bytes with a notebook error type.
type flaky struct {
	data string
	fail int
}

type TransientError struct{ At int }

func (t TransientError) Error() string   { return fmt.Sprintf("transient at %d", t.At) }
func (t TransientError) Temporary() bool { return true }

func (f *flaky) Read(p []byte) (int, error) {
	if f.fail <= 0 {
		return 0, TransientError{len(f.data)}
	}
	n := copy(p[:min(len(p), f.fail)], f.data)
	f.data, f.fail = f.data[n:], f.fail-n
	if f.data == "" {
		return n, io.EOF
	}
	return n, nil
}

type nopCloser struct {
	io.Reader
	closed *bool
}

func (n nopCloser) Close() error { *n.closed = true; return nil }

func main() {
	cr := &countingReader{Reader: strings.NewReader("alpha beta gamma delta")}
	sc := bufio.NewScanner(cr)
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(words, cr.n, cr.calls > 0)
	var rd io.Reader = cr
	_, isWT := rd.(io.WriterTo)
	fmt.Println(isWT)
	b, err := io.ReadAll(&flaky{"0123456789", 4})
	var te TransientError
	var tmp interface{ Temporary() bool }
	fmt.Printf("%q %v %v %v %v\n", b, err, errors.As(err, &te), te.At, errors.As(err, &tmp))
	b, err = io.ReadAll(&flaky{"abc", 10})
	fmt.Printf("%q %v\n", b, err)
	closed := false
	var rc io.ReadCloser = nopCloser{strings.NewReader("x"), &closed}
	io.Copy(io.Discard, rc)
	rc.Close()
	fmt.Println(closed)
	lr := &io.LimitedReader{R: &countingReader{Reader: strings.NewReader("limited reader")}, N: 7}
	b, _ = io.ReadAll(lr)
	fmt.Println(string(b), lr.N, lr.R.(*countingReader).n)
}
