package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// maskVowels hides the vowels of what it reads.
type maskVowels struct{ src io.Reader }

func (m maskVowels) Read(p []byte) (int, error) {
	n, err := m.src.Read(p)
	for i, c := range p[:n] {
		if strings.IndexByte("aeiouAEIOU", c) >= 0 {
			p[i] = '*'
		}
	}
	return n, err
}

type slowReader struct {
	data  []byte
	reads int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	s.reads++
	n := copy(p[:min(len(p), 3)], s.data)
	s.data = s.data[n:]
	return n, nil
}

type lineCounter struct {
	lines, bytes int
}

func (l *lineCounter) Write(p []byte) (int, error) {
	l.bytes += len(p)
	l.lines += strings.Count(string(p), "\n")
	return len(p), nil
}

type genWriterTo struct{ n int }

func (g genWriterTo) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for i := range g.n {
		n, err := fmt.Fprintf(w, "row %d\n", i)
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func (g genWriterTo) Read(p []byte) (int, error) { panic("Read must not be called") }

type errWriter struct{ after int }

func (e *errWriter) Write(p []byte) (int, error) {
	if e.after <= 0 {
		return 0, fmt.Errorf("disk full")
	}
	e.after--
	return len(p), nil
}

func main() {
	out, _ := io.ReadAll(maskVowels{strings.NewReader("Hello, Gophers!")})
	fmt.Println(string(out))
	sr := &slowReader{data: []byte("one two\nthree four five\nsix")}
	sc := bufio.NewScanner(sr)
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(words, sr.reads > 3)
	lc := &lineCounter{}
	n, err := io.Copy(lc, genWriterTo{4})
	fmt.Println(n, err, lc.lines, lc.bytes)
	var sb strings.Builder
	n, err = io.Copy(&sb, maskVowels{io.LimitReader(strings.NewReader("Round Trip"), 7)})
	fmt.Println(n, err, sb.String())
	dec := json.NewDecoder(&slowReader{data: []byte(`{"a":[1,2,3]} {"a":[4]}`)})
	for {
		var v struct{ A []int }
		if err := dec.Decode(&v); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(v.A)
	}
	ew := &errWriter{after: 2}
	bw := bufio.NewWriterSize(ew, 4)
	for i := range 5 {
		_, err := bw.WriteString(fmt.Sprint("chunk", i))
		if err != nil {
			fmt.Println("write", i, err)
			break
		}
	}
	fmt.Println(bw.Flush())
	var w io.Writer = lc
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("x")
	} else {
		io.WriteString(w, "y\n")
	}
	fmt.Println(lc.lines, lc.bytes)
}
