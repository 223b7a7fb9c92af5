package main

import (
	"fmt"
	"hash/crc32"
	"hash/fnv"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Println(crc32.ChecksumIEEE(data))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	h := crc32.NewIEEE()
	h.Write(data[:10])
	h.Write(data[10:])
	fmt.Println(h.Sum32(), h.Size())
	f := fnv.New64a()
	f.Write([]byte("hello"))
	fmt.Println(f.Sum64())
}
