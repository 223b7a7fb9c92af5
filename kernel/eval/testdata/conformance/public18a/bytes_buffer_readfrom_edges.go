package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct{ chunks []string }

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.chunks) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.chunks[0])
	s.chunks[0] = s.chunks[0][n:]
	if s.chunks[0] == "" {
		s.chunks = s.chunks[1:]
	}
	return n, nil
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("read failed") }

func main() {
	var b bytes.Buffer
	n, err := b.ReadFrom(&slowReader{[]string{"he", "llo", " ", "world"}})
	fmt.Println(n, err, b.String())
	n, err = b.ReadFrom(errReader{})
	fmt.Println(n, err, b.Len())
	line, err := b.ReadBytes(' ')
	fmt.Printf("%q %v %q\n", line, err, b.String())
	var out strings.Builder
	n, err = b.WriteTo(&out)
	fmt.Println(n, err, out.String(), b.Len())
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err)
	b.WriteString("héllo")
	r, size, _ = b.ReadRune()
	r2, size2, _ := b.ReadRune()
	fmt.Println(string(r), size, string(r2), size2, b.UnreadRune(), b.UnreadRune())
	fmt.Println(b.String())
	b2 := bytes.NewBuffer(make([]byte, 0, 4))
	b2.Write([]byte("abcdefgh"))
	fmt.Println(b2.Len(), b2.Cap() >= 8, string(b2.Bytes()[:3]))
	avail := b2.AvailableBuffer()
	avail = append(avail, "XY"...)
	b2.Write(avail)
	fmt.Println(b2.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b2.Truncate(100)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b2.Grow(-1)
	}()
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q %q\n", bytes.TrimLeft([]byte("  x  "), " "), bytes.TrimFunc([]byte("123abc"), func(r rune) bool { return r < 'a' }))
	fmt.Println(bytes.ContainsRune([]byte("abc"), 'c'), bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexByte([]byte("x"), 'y'))
	rd := bytes.NewReader([]byte("0123456789"))
	sec := io.NewSectionReader(rd, 3, 4)
	all, _ := io.ReadAll(sec)
	fmt.Println(string(all), rd.Len(), rd.Size())
	rd.Reset([]byte("new"))
	fmt.Println(rd.Len())
}
