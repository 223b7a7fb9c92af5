package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

type SafeBuffer struct {
	sync.Mutex
	bytes.Buffer
}

func (s *SafeBuffer) Write(p []byte) (int, error) {
	s.Lock()
	defer s.Unlock()
	return s.Buffer.Write(p)
}

type Doc struct {
	strings.Builder
	title string
}

type upperReader struct{ *strings.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	sb := &SafeBuffer{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Fprint(sb, "x")
		}()
	}
	wg.Wait()
	fmt.Println(sb.Len(), sb.String())
	d := &Doc{title: "t"}
	fmt.Fprintf(d, "# %s\n", d.title)
	w := bufio.NewWriter(d)
	w.WriteString("body\n")
	w.Flush()
	io.WriteString(d, "end")
	fmt.Printf("%q %d\n", d.String(), d.Len())
	data, _ := io.ReadAll(upperReader{strings.NewReader("shout this")})
	fmt.Println(string(data))
	var r io.Reader = upperReader{strings.NewReader("abc")}
	buf := make([]byte, 2)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf))
	var any1 any = r
	_, isWT := any1.(io.WriterTo)
	fmt.Println(isWT)
}
