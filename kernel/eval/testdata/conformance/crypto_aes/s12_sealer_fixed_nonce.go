package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"errors"
	"fmt"
)

type Sealer struct {
	aead  cipher.AEAD
	nonce uint64
}

func NewSealer(key []byte) (*Sealer, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("sealer: %w", err)
	}
	g, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Sealer{aead: g}, nil
}

func (s *Sealer) nextNonce() []byte {
	n := make([]byte, s.aead.NonceSize())
	s.nonce++
	for i := 0; i < 8; i++ {
		n[len(n)-1-i] = byte(s.nonce >> (8 * i))
	}
	return n
}

func (s *Sealer) Seal(msg, ad []byte) []byte {
	n := s.nextNonce()
	return s.aead.Seal(n, n, msg, ad)
}

var ErrTampered = errors.New("tampered")

func (s *Sealer) Open(box, ad []byte) ([]byte, error) {
	ns := s.aead.NonceSize()
	if len(box) < ns {
		return nil, ErrTampered
	}
	out, err := s.aead.Open(nil, box[:ns], box[ns:], ad)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTampered, err)
	}
	return out, nil
}

func main() {
	key := bytes.Repeat([]byte{0x42}, 32)
	s, err := NewSealer(key)
	fmt.Println(err)
	b1 := s.Seal([]byte("attack at dawn"), []byte("hdr"))
	b2 := s.Seal([]byte("attack at dawn"), []byte("hdr"))
	fmt.Println(hex.EncodeToString(b1), len(b1), bytes.Equal(b1, b2))
	msg, err := s.Open(b1, []byte("hdr"))
	fmt.Printf("%q %v\n", msg, err)
	_, err = s.Open(b1, []byte("other"))
	fmt.Println(err, errors.Is(err, ErrTampered))
	b1[len(b1)-1] ^= 1
	_, err = s.Open(b1, []byte("hdr"))
	fmt.Println(errors.Is(err, ErrTampered))
	_, err = NewSealer([]byte("short"))
	var ke aes.KeySizeError
	fmt.Println(err, errors.As(err, &ke), int(ke))
	blk, _ := aes.NewCipher(key[:16])
	ctr := cipher.NewCTR(blk, make([]byte, 16))
	dst := make([]byte, 5)
	ctr.XORKeyStream(dst, []byte("hello"))
	fmt.Println(hex.EncodeToString(dst), blk.BlockSize())
}
