package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

type MsgType uint8

const (
	Ping MsgType = iota + 1
	Data
	Close
)

func (m MsgType) String() string {
	switch m {
	case Ping:
		return "PING"
	case Data:
		return "DATA"
	case Close:
		return "CLOSE"
	}
	return fmt.Sprintf("MsgType(%d)", m)
}

type Header struct {
	Magic  [2]byte
	Type   MsgType
	Flags  uint8
	Seq    uint32
	Length uint16
}

type Frame struct {
	Header
	Payload []byte
	CRC     uint32
}

var ErrChecksum = errors.New("checksum mismatch")

func encode(w io.Writer, typ MsgType, seq uint32, payload []byte) error {
	h := Header{Magic: [2]byte{'G', 'N'}, Type: typ, Seq: seq, Length: uint16(len(payload))}
	if err := binary.Write(w, binary.BigEndian, h); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	if _, err := w.Write(payload); err != nil {
		return err
	}
	return binary.Write(w, binary.LittleEndian, crc32.ChecksumIEEE(payload))
}

func decode(r io.Reader) (*Frame, error) {
	var f Frame
	if err := binary.Read(r, binary.BigEndian, &f.Header); err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	if f.Magic != [2]byte{'G', 'N'} {
		return nil, fmt.Errorf("bad magic %q", f.Magic[:])
	}
	f.Payload = make([]byte, f.Length)
	if _, err := io.ReadFull(r, f.Payload); err != nil {
		return nil, fmt.Errorf("read payload: %w", err)
	}
	if err := binary.Read(r, binary.LittleEndian, &f.CRC); err != nil {
		return nil, err
	}
	if f.CRC != crc32.ChecksumIEEE(f.Payload) {
		return &f, ErrChecksum
	}
	return &f, nil
}

func main() {
	var buf bytes.Buffer
	encode(&buf, Ping, 1, nil)
	encode(&buf, Data, 2, []byte("hello, gopher"))
	encode(&buf, Close, 3, []byte{0xff})
	fmt.Println("encoded bytes:", buf.Len())
	fmt.Printf("% x\n", buf.Bytes()[:14])
	raw := append([]byte(nil), buf.Bytes()...)
	for {
		f, err := decode(&buf)
		if errors.Is(err, io.EOF) {
			fmt.Println("eof")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%v seq=%d len=%d payload=%q crc=%08x\n", f.Type, f.Seq, f.Length, f.Payload, f.CRC)
	}
	raw[20] ^= 0xff
	_, _ = decode(bytes.NewReader(raw[:14]))
	r := bytes.NewReader(raw)
	decode(r)
	_, err := decode(r)
	fmt.Println(err, errors.Is(err, ErrChecksum))
	_, err = decode(bytes.NewReader(raw[:5]))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	_, err = decode(bytes.NewReader([]byte("XX\x01\x00\x00\x00\x00\x01\x00\x00")))
	fmt.Println(err)

	b := binary.AppendUvarint(nil, 300)
	b = binary.AppendVarint(b, -2)
	u, n := binary.Uvarint(b)
	v, m := binary.Varint(b[n:])
	fmt.Println(b, u, n, v, m, binary.Size(Header{}))
	out := binary.BigEndian.AppendUint32(nil, 0xdeadbeef)
	fmt.Printf("%x %d\n", out, binary.LittleEndian.Uint16([]byte{1, 2}))
}
