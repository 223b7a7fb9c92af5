package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/ascii85"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n", md5.Sum(data))
	fmt.Printf("%x\n", sha1.Sum(data))
	fmt.Printf("%x\n", sha256.Sum256(data))
	h := sha256.New()
	io.WriteString(h, "The quick brown fox ")
	h.Write([]byte("jumps over the lazy dog"))
	fmt.Println(hex.EncodeToString(h.Sum(nil)), h.Size(), h.BlockSize())
	fmt.Println(crc32.ChecksumIEEE(data), adler32.Checksum(data))
	f := fnv.New32a()
	f.Write(data)
	fmt.Println(f.Sum32())
	f64 := fnv.New64()
	f64.Write([]byte("abc"))
	fmt.Println(f64.Sum64())
	e := base64.StdEncoding.EncodeToString([]byte("any carnal pleas"))
	fmt.Println(e, base64.RawURLEncoding.EncodeToString([]byte{0xfb, 0xff}), base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}))
	d, err := base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ=")
	fmt.Println(string(d), err)
	_, err = base64.StdEncoding.DecodeString("bad!!")
	fmt.Println(err)
	fmt.Println(base32.StdEncoding.EncodeToString([]byte("hi")), hex.Dump([]byte("0123456789abcdefXYZ")))
	hb, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(hb), err)
	_, err = hex.DecodeString("4g")
	fmt.Println(err)
	buf := make([]byte, ascii85.MaxEncodedLen(4))
	n := ascii85.Encode(buf, []byte("sure"))
	fmt.Println(string(buf[:n]))
	var bb bytes.Buffer
	binary.Write(&bb, binary.BigEndian, uint16(0x0102))
	binary.Write(&bb, binary.LittleEndian, int32(-2))
	binary.Write(&bb, binary.BigEndian, struct {
		A uint8
		B float32
	}{7, 1.5})
	fmt.Printf("% x\n", bb.Bytes())
	var u16 uint16
	var i32 int32
	binary.Read(&bb, binary.BigEndian, &u16)
	binary.Read(&bb, binary.LittleEndian, &i32)
	fmt.Println(u16, i32)
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -3)
	fmt.Println(vb)
	uv, k := binary.Uvarint(vb)
	sv, k2 := binary.Varint(vb[k:])
	fmt.Println(uv, k, sv, k2)
	b8 := make([]byte, 8)
	binary.LittleEndian.PutUint64(b8, 0x1122334455667788)
	fmt.Printf("% x %#x\n", b8, binary.BigEndian.Uint32(b8))
	fmt.Println(binary.Size(struct{ A, B int32 }{}))
}
