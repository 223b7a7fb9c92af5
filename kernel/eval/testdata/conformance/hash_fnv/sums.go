package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
)

func main() {
	h32 := fnv.New32a()
	h32.Write([]byte("hello"))
	fmt.Println(h32.Sum32())
	h64 := fnv.New64()
	io.WriteString(h64, "hello")
	fmt.Printf("%x\n", h64.Sum64())
	var hs []hash.Hash = []hash.Hash{fnv.New32(), fnv.New64a(), fnv.New128(), fnv.New128a()}
	for _, h := range hs {
		h.Write([]byte("gopher"))
		fmt.Printf("%d %x\n", h.Size(), h.Sum(nil))
	}
	fmt.Println(adler32.Checksum([]byte("Wikipedia")), crc32.ChecksumIEEE([]byte("hello")))
	tab := crc64.MakeTable(crc64.ISO)
	fmt.Println(crc64.Checksum([]byte("hello"), tab))
	c := crc32.New(crc32.MakeTable(crc32.Castagnoli))
	c.Write([]byte("a"))
	c.Write([]byte("b"))
	fmt.Println(c.Sum32(), crc32.Checksum([]byte("ab"), crc32.MakeTable(crc32.Castagnoli)))
	h32.Reset()
	fmt.Println(h32.Sum32(), h32.BlockSize())
}
