package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(b []byte) (int, error) {
	n, err := rr.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	r := rot13Reader{s}
	io.Copy(os.Stdout, &r)
	fmt.Println()
	rd := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := rd.Read(b)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, b)
		fmt.Printf("b[:n] = %q\n", b[:n])
		if err == io.EOF {
			break
		}
	}
	buf := make([]byte, 5)
	n, _ := io.ReadFull(MyReader{}, buf)
	fmt.Println(n, string(buf))
	lim := io.LimitReader(MyReader{}, 3)
	all, _ := io.ReadAll(lim)
	fmt.Println(string(all))
	fmt.Fprintf(upperWriter{os.Stdout}, "shout %d\n", 3)
	var sb strings.Builder
	mw := io.MultiWriter(&sb, upperWriter{os.Stdout})
	io.WriteString(mw, "both\n")
	fmt.Print(sb.String())
	tr := io.TeeReader(strings.NewReader("tee"), upperWriter{os.Stdout})
	io.ReadAll(tr)
	fmt.Println()
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 4)
	sec, _ := io.ReadAll(sr)
	fmt.Println(string(sec))
}
