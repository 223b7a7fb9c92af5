package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path?k=v&k=w&x=1#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme)
	fmt.Println(u.User)
	fmt.Println(u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p)
	fmt.Println(u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host)
	fmt.Println(port)
	fmt.Println(u.Path)
	fmt.Println(u.Fragment)
	fmt.Println(u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m)
	fmt.Println(m["k"][0], m.Get("x"), m.Has("y"))
	q := url.Values{}
	q.Set("name", "Ava Smith")
	q.Add("tag", "a&b")
	q.Add("tag", "c")
	fmt.Println(q.Encode())
	u2 := &url.URL{Scheme: "https", Host: "example.com", Path: "/a b/c", RawQuery: q.Encode()}
	fmt.Println(u2.String())
	fmt.Println(url.QueryEscape("a b/c?"), url.PathEscape("a b/c?"))
	r, _ := u.Parse("../other?z=9")
	fmt.Println(r)
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
}
