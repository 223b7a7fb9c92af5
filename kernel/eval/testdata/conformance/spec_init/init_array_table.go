package main

import "fmt"

// A lookup table computed at initialization, as in many real programs.
var crcTable = makeTable(0xEDB88320)

func makeTable(poly uint32) [256]uint32 {
	var t [256]uint32
	for i := range t {
		c := uint32(i)
		for j := 0; j < 8; j++ {
			if c&1 == 1 {
				c = poly ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}

func crc32(b []byte) uint32 {
	c := ^uint32(0)
	for _, x := range b {
		c = crcTable[byte(c)^x] ^ (c >> 8)
	}
	return ^c
}

func main() {
	fmt.Printf("%08x\n", crcTable[1])
	fmt.Printf("%08x\n", crc32([]byte("hello, world")))
}
