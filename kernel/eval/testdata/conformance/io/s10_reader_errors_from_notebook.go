package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type ReadErr struct{ at int }

func (e ReadErr) Error() string  { return fmt.Sprintf("read failed at %d", e.at) }
func (e ReadErr) String() string { return "RE" }

type flaky struct {
	data string
	pos  int
	fail int
}

func (f *flaky) Read(p []byte) (int, error) {
	if f.pos >= f.fail {
		return 0, ReadErr{f.pos}
	}
	n := copy(p, f.data[f.pos:min(f.fail, len(f.data))])
	f.pos += n
	return n, nil
}

type eofReader struct{ r io.Reader }

func (e eofReader) Read(p []byte) (int, error) { return e.r.Read(p) }

type writeFail struct{}

func (writeFail) Write(p []byte) (int, error) { return 0, ReadErr{-1} }

func main() {
	b, err := io.ReadAll(&flaky{data: "hello world", fail: 5})
	fmt.Printf("%q %v %T\n", b, err, err)
	fmt.Println(errors.Is(err, ReadErr{5}), err == ReadErr{5})
	var re ReadErr
	fmt.Println(errors.As(err, &re), re.at)
	fmt.Println([]error{err}, []fmt.Stringer{err.(fmt.Stringer)})

	sc := bufio.NewScanner(&flaky{data: "a\nb\nc", fail: 3})
	for sc.Scan() {
		fmt.Println("line", sc.Text())
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), ReadErr{3}))

	n, err := io.Copy(writeFail{}, strings.NewReader("x"))
	fmt.Println(n, err, errors.Is(err, ReadErr{-1}))

	data, err := io.ReadAll(eofReader{strings.NewReader("ok")})
	fmt.Println(string(data), err)

	r := io.MultiReader(strings.NewReader("ab"), &flaky{data: "cd", fail: 1})
	all, err := io.ReadAll(r)
	fmt.Println(string(all), err)
	w := bufio.NewWriter(writeFail{})
	w.WriteString("zz")
	fmt.Println(w.Flush())
}
