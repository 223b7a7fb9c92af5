package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
)

type chain struct {
	h    hash.Hash
	keys [][]byte
}

func (c *chain) next(msg string) string {
	m := hmac.New(sha256.New, c.keys[len(c.keys)-1])
	m.Write([]byte(msg))
	k := m.Sum(nil)
	c.keys = append(c.keys, k)
	c.h.Write(k)
	return hex.EncodeToString(k[:6])
}

func main() {
	c := &chain{h: sha256.New(), keys: [][]byte{[]byte("root")}}
	for _, m := range []string{"a", "b", "c"} {
		fmt.Println(m, c.next(m))
	}
	fmt.Printf("%x\n", c.h.Sum(nil)[:8])
	sum := sha256.Sum224([]byte("abc"))
	fmt.Printf("%x\n", sum)
	mac := hmac.New(sha256.New224, nil)
	fmt.Println(mac.Size(), hex.EncodeToString(mac.Sum(nil))[:16])
}
