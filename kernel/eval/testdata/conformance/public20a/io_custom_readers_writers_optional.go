package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type countingWriter struct {
	n     int
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) { c.n += len(p); c.calls++; return len(p), nil }

type wt struct {
	data string
	used *bool
}

func (w wt) Read(p []byte) (int, error) { return 0, errors.New("Read should not be called") }
func (w wt) WriteTo(dst io.Writer) (int64, error) {
	*w.used = true
	n, err := io.WriteString(dst, "[WriteTo:"+w.data+"]")
	return int64(n), err
}

type rf struct {
	got  strings.Builder
	used bool
}

func (r *rf) Write(p []byte) (int, error) { return 0, errors.New("Write should not be called") }
func (r *rf) ReadFrom(src io.Reader) (int64, error) {
	r.used = true
	b, err := io.ReadAll(src)
	r.got.Write(b)
	return int64(len(b)), err
}

type slowReader struct {
	s string
	i int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if s.i >= len(s.s) {
		return 0, io.EOF
	}
	p[0] = s.s[s.i]
	s.i++
	return 1, nil
}

type errWriter struct{ after int }

func (e *errWriter) Write(p []byte) (int, error) {
	if e.after <= 0 {
		return 0, errors.New("disk full")
	}
	e.after--
	return len(p), nil
}

type sw struct{ sb strings.Builder }

func (s *sw) Write(p []byte) (int, error) {
	s.sb.WriteString("W(" + string(p) + ")")
	return len(p), nil
}
func (s *sw) WriteString(x string) (int, error) { s.sb.WriteString("S(" + x + ")"); return len(x), nil }

type byteRd struct{ r *strings.Reader }

func (b byteRd) Read(p []byte) (int, error) { return b.r.Read(p) }
func (b byteRd) ReadByte() (byte, error)    { return b.r.ReadByte() }
func (b byteRd) UnreadByte() error          { return b.r.UnreadByte() }

func main() {
	fmt.Fprintf(upperWriter{os.Stdout}, "hello %s %d\n", "world", 42)
	io.Copy(os.Stdout, rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\n")})
	cw := &countingWriter{}
	n, err := io.Copy(cw, &slowReader{s: "abcdefghij"})
	fmt.Println(n, err, cw.n, cw.calls)
	used := false
	var sb strings.Builder
	n, err = io.Copy(&sb, wt{"x", &used})
	fmt.Println(n, err, used, sb.String())
	r := &rf{}
	n, err = io.Copy(r, strings.NewReader("payload"))
	fmt.Println(n, err, r.used, r.got.String())
	b, err := io.ReadAll(io.LimitReader(&slowReader{s: "0123456789"}, 4))
	fmt.Println(string(b), err)
	var tee bytes.Buffer
	tr := io.TeeReader(rot13Reader{strings.NewReader("Uryyb")}, &tee)
	b, _ = io.ReadAll(tr)
	fmt.Println(string(b), tee.String())
	mw := io.MultiWriter(cw, upperWriter{os.Stdout})
	fmt.Fprintln(mw, "multi")
	fmt.Println(cw.n)
	mr := io.MultiReader(strings.NewReader("a"), &slowReader{s: "bc"}, rot13Reader{strings.NewReader("q")})
	b, _ = io.ReadAll(mr)
	fmt.Println(string(b))
	ew := &errWriter{after: 1}
	bw := bufio.NewWriterSize(ew, 4)
	_, e1 := bw.WriteString("abcdef")
	_, e2 := bw.WriteString("ghijkl")
	fmt.Println(e1, e2, bw.Flush())
	n2, err := io.WriteString(&sw{}, "x")
	fmt.Println(n2, err)
	s := &sw{}
	io.WriteString(s, "ws")
	fmt.Fprint(s, "fp")
	s.Write([]byte("w"))
	fmt.Println(s.sb.String())
	sc := bufio.NewScanner(rot13Reader{strings.NewReader("bar gjb\nguerr")})
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	var x, y int
	var word string
	k, err := fmt.Fscan(byteRd{strings.NewReader("12 34 go")}, &x, &y, &word)
	fmt.Println(k, err, x, y, word)
	k, err = fmt.Fscanf(&slowReader{s: "7-8"}, "%d-%d", &x, &y)
	fmt.Println(k, err, x, y)
	br := bufio.NewReader(&slowReader{s: "line one\nline two"})
	l1, _ := br.ReadString('\n')
	l2, e := br.ReadString('\n')
	fmt.Printf("%q %q %v\n", l1, l2, e)
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(upperWriter{pw}, "through pipe")
		pw.CloseWithError(errors.New("custom close"))
	}()
	b, err = io.ReadAll(pr)
	fmt.Println(string(b), err)
	fields := strings.FieldsFunc("a1b2c3", unicode.IsLetter)
	fmt.Println(fields)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	var ow io.Writer = cw
	if _, ok := ow.(io.StringWriter); !ok {
		fmt.Println("countingWriter is not a StringWriter")
	}
	var orr io.Reader = wt{}
	_, ok := orr.(io.WriterTo)
	fmt.Println("wt is WriterTo:", ok)
}
