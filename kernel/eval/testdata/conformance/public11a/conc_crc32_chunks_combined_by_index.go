package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"sync"
)

func main() {
	data := bytes.Repeat([]byte("concurrency is not parallelism; "), 300)
	const chunk = 1000
	var parts [][]byte
	for i := 0; i < len(data); i += chunk {
		parts = append(parts, data[i:min(i+chunk, len(data))])
	}
	sums := make([]uint32, len(parts))
	var wg sync.WaitGroup
	for i, p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[i] = crc32.ChecksumIEEE(p)
		}()
	}
	wg.Wait()
	fmt.Println("chunks:", len(parts), "last size:", len(parts[len(parts)-1]))
	for i, s := range sums[:3] {
		fmt.Printf("chunk %d: %08x\n", i, s)
	}
	h := crc32.NewIEEE()
	for _, p := range parts {
		h.Write(p)
	}
	fmt.Printf("whole (streamed): %08x\n", h.Sum32())
	fmt.Printf("whole (direct):   %08x\n", crc32.ChecksumIEEE(data))
	tab := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("castagnoli: %08x\n", crc32.Checksum(data, tab))
	same := 0
	for _, s := range sums[:len(sums)-1] {
		if s == sums[0] {
			same++
		}
	}
	fmt.Println("identical full chunks:", same)
}
