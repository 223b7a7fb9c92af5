package main

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
)

type Digest [sha256.Size]byte

func (d Digest) String() string { return hex.EncodeToString(d[:4]) }

type Merkle struct {
	Levels [][]Digest
}

func leaf(b []byte) Digest { return sha256.Sum256(append([]byte{0}, b...)) }

func node(l, r Digest) Digest {
	h := sha256.New()
	h.Write([]byte{1})
	h.Write(l[:])
	h.Write(r[:])
	var d Digest
	copy(d[:], h.Sum(nil))
	return d
}

func Build(items [][]byte) Merkle {
	var lvl []Digest
	for _, it := range items {
		lvl = append(lvl, leaf(it))
	}
	m := Merkle{[][]Digest{lvl}}
	for len(lvl) > 1 {
		var next []Digest
		for i := 0; i < len(lvl); i += 2 {
			if i+1 < len(lvl) {
				next = append(next, node(lvl[i], lvl[i+1]))
			} else {
				next = append(next, lvl[i])
			}
		}
		m.Levels = append(m.Levels, next)
		lvl = next
	}
	return m
}

func (m Merkle) Root() Digest { return m.Levels[len(m.Levels)-1][0] }

func main() {
	items := [][]byte{[]byte("tx1"), []byte("tx2"), []byte("tx3"), []byte("tx4"), []byte("tx5")}
	m := Build(items)
	fmt.Println(len(m.Levels), m.Root(), m.Levels[1])
	items[2] = []byte("tx3'")
	m2 := Build(items)
	fmt.Println(m2.Root() != m.Root(), m2.Levels[0][2], m.Levels[0][3] == m2.Levels[0][3])
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	fmt.Printf("%x\n", sha512.Sum512_256([]byte("abc")))
	h := sha512.New384()
	h.Write([]byte("a"))
	part := h.Sum(nil)
	h.Write([]byte("bc"))
	fmt.Println(len(part), hex.EncodeToString(h.Sum(nil))[:16], h.Size(), h.BlockSize())
	fmt.Println(bytes.Equal(sha256.New().Sum(nil), func() []byte { s := sha256.Sum256(nil); return s[:] }()))
}
