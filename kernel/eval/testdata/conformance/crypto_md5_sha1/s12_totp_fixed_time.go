package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"encoding/base32"
	"encoding/binary"
	"fmt"
	"strings"
	"time"
)

type TOTP struct {
	Secret []byte
	Step   time.Duration
	Digits int
}

func NewTOTP(b32 string) (TOTP, error) {
	s, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(strings.ToUpper(b32))
	if err != nil {
		return TOTP{}, fmt.Errorf("totp secret: %w", err)
	}
	return TOTP{s, 30 * time.Second, 6}, nil
}

func (t TOTP) At(when time.Time) string {
	counter := uint64(when.Unix()) / uint64(t.Step/time.Second)
	var msg [8]byte
	binary.BigEndian.PutUint64(msg[:], counter)
	m := hmac.New(sha1.New, t.Secret)
	m.Write(msg[:])
	sum := m.Sum(nil)
	off := sum[len(sum)-1] & 0x0f
	code := binary.BigEndian.Uint32(sum[off:off+4]) & 0x7fffffff
	mod := uint32(1)
	for i := 0; i < t.Digits; i++ {
		mod *= 10
	}
	return fmt.Sprintf("%0*d", t.Digits, code%mod)
}

func main() {
	t, err := NewTOTP("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
	fmt.Println(err, len(t.Secret))
	for _, sec := range []int64{59, 1111111109, 1234567890, 2000000000} {
		fmt.Println(sec, t.At(time.Unix(sec, 0)))
	}
	t.Digits = 8
	fmt.Println(t.At(time.Unix(59, 0)))
	_, err = NewTOTP("not-base32!")
	fmt.Println(err)
	fmt.Printf("%x\n%x\n", md5.Sum([]byte("gonotes")), sha1.Sum([]byte("gonotes")))
	h := md5.New()
	for _, p := range []string{"go", "notes"} {
		h.Write([]byte(p))
	}
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
}
