package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"io"
	"strings"
)

type Checked struct {
	w    io.Writer
	sums []hash.Hash
}

func NewChecked(w io.Writer, hs ...hash.Hash) *Checked { return &Checked{w, hs} }

func (c *Checked) Write(p []byte) (int, error) {
	for _, h := range c.sums {
		h.Write(p)
	}
	return c.w.Write(p)
}

func (c *Checked) Report() []string {
	var out []string
	for _, h := range c.sums {
		out = append(out, fmt.Sprintf("%x", h.Sum(nil)))
	}
	return out
}

type Chunk struct {
	Data []byte
	CRC  uint32
}

func (c Chunk) Valid() bool { return crc32.ChecksumIEEE(c.Data) == c.CRC }

func main() {
	var sb strings.Builder
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	c := NewChecked(&sb, crc32.NewIEEE(), crc32.New(castagnoli), crc64.New(crc64.MakeTable(crc64.ECMA)), adler32.New())
	io.Copy(c, strings.NewReader("The quick brown fox jumps over the lazy dog"))
	fmt.Println(sb.Len(), c.Report())
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")), crc32.Checksum([]byte("hello"), castagnoli), adler32.Checksum([]byte("Wikipedia")))
	crc := crc32.Update(0, crc32.IEEETable, []byte("hel"))
	crc = crc32.Update(crc, crc32.IEEETable, []byte("lo"))
	fmt.Println(crc == crc32.ChecksumIEEE([]byte("hello")))
	chunks := []Chunk{{[]byte("abc"), crc32.ChecksumIEEE([]byte("abc"))}, {[]byte("abd"), crc32.ChecksumIEEE([]byte("abc"))}}
	for _, ch := range chunks {
		fmt.Print(ch.Valid(), " ")
	}
	fmt.Println()
	h := crc32.NewIEEE()
	fmt.Println(h.Size(), h.BlockSize(), h.Sum32())
}
