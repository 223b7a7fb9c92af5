package main

import (
	"bytes"
	"crypto"
	"crypto/ecdh"
	"crypto/mlkem"
	"crypto/rand"
	"fmt"
)

func main() {
	dk, err := mlkem.GenerateKey768()
	if err != nil {
		panic(err)
	}
	var dec crypto.Decapsulator = dk
	var enc crypto.Encapsulator = dec.Encapsulator()
	shared, ct := enc.Encapsulate()
	shared2, err := dec.Decapsulate(ct)
	fmt.Println(err, bytes.Equal(shared, shared2), len(enc.Bytes()))

	a, _ := ecdh.X25519().GenerateKey(rand.Reader)
	b, _ := ecdh.X25519().GenerateKey(rand.Reader)
	var ka ecdh.KeyExchanger = a
	var kb ecdh.KeyExchanger = b
	s1, err1 := ka.ECDH(kb.PublicKey())
	s2, err2 := kb.ECDH(ka.PublicKey())
	fmt.Println(err1, err2, bytes.Equal(s1, s2), ka.Curve() == ecdh.X25519())
}
