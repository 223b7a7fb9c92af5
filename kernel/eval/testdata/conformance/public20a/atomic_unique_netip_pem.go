package main

import (
	"encoding/pem"
	"fmt"
	"net/netip"
	"sync"
	"sync/atomic"
	"unique"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var cfg atomic.Pointer[Config]
	fmt.Println(cfg.Load() == nil)
	cfg.Store(&Config{"a", 1})
	old := cfg.Swap(&Config{"b", 2})
	fmt.Println(old.Name, cfg.Load().Version)
	cur := cfg.Load()
	fmt.Println(cfg.CompareAndSwap(cur, &Config{"c", 3}), cfg.CompareAndSwap(cur, &Config{"d", 4}), cfg.Load().Name)
	var v atomic.Value
	v.Store([]string{"x"})
	fmt.Println(v.Load().([]string))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(42)
	}()
	var n atomic.Int64
	var u atomic.Uint32
	var b atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
			u.Add(1)
			b.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), u.Load(), b.Load(), n.CompareAndSwap(100, 0), n.Load())
	var raw int32
	atomic.AddInt32(&raw, 5)
	atomic.StoreInt32(&raw, atomic.LoadInt32(&raw)*2)
	fmt.Println(raw, atomic.SwapInt32(&raw, 1), raw)
	fmt.Println(n.Or(6), n.And(2), n.Load())

	h1 := unique.Make("hello")
	h2 := unique.Make("hel" + "lo")
	h3 := unique.Make("world")
	fmt.Println(h1 == h2, h1 == h3, h1.Value())
	type pt struct{ X, Y int }
	fmt.Println(unique.Make(pt{1, 2}) == unique.Make(pt{1, 2}))

	for _, s := range []string{"192.168.1.10", "::1", "2001:db8::1", "10.0.0.256", "fe80::1%eth0"} {
		a, err := netip.ParseAddr(s)
		if err != nil {
			fmt.Println("err:", err)
			continue
		}
		fmt.Println(a, a.Is4(), a.Is6(), a.IsLoopback(), a.IsPrivate(), a.Zone(), a.BitLen())
	}
	p := netip.MustParsePrefix("10.1.0.0/16")
	fmt.Println(p, p.Contains(netip.MustParseAddr("10.1.200.3")), p.Contains(netip.MustParseAddr("10.2.0.1")), p.Bits(), p.Masked())
	ap, err := netip.ParseAddrPort("[::1]:8080")
	fmt.Println(ap.Addr(), ap.Port(), err)
	a := netip.MustParseAddr("10.0.0.255")
	fmt.Println(a.Next(), a.Prev(), a.Compare(a.Next()), netip.AddrFrom4([4]byte{127, 0, 0, 1}))

	block := &pem.Block{Type: "MESSAGE", Headers: map[string]string{"Animal": "Gopher"}, Bytes: []byte("hello pem world")}
	enc := pem.EncodeToMemory(block)
	fmt.Print(string(enc))
	dec, rest := pem.Decode(append(enc, "trailing"...))
	fmt.Println(dec.Type, dec.Headers["Animal"], string(dec.Bytes), string(rest))
	none, _ := pem.Decode([]byte("no pem here"))
	fmt.Println(none == nil)
}
