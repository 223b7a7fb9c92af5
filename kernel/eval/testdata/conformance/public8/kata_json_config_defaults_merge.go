package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration: %w", err)
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

type Server struct {
	Host    string   `json:"host"`
	Port    int      `json:"port"`
	Timeout Duration `json:"timeout"`
	TLS     *TLS     `json:"tls,omitempty"`
}

type TLS struct {
	Cert string `json:"cert"`
	Key  string `json:"key"`
}

type Config struct {
	Name    string            `json:"name"`
	Servers []Server          `json:"servers"`
	Labels  map[string]string `json:"labels"`
	Debug   bool              `json:"debug"`
}

func defaults() Config {
	return Config{Name: "app", Labels: map[string]string{"env": "dev"}}
}

func main() {
	src := `{
  "servers": [
    {"host": "a.local", "port": 8080, "timeout": "1m30s"},
    {"host": "b.local", "timeout": "250ms", "tls": {"cert": "b.crt", "key": "b.key"}}
  ],
  "labels": {"team": "core"},
  "debug": true
}`
	cfg := defaults()
	dec := json.NewDecoder(strings.NewReader(src))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		fmt.Println("error:", err)
		return
	}
	for i := range cfg.Servers {
		if cfg.Servers[i].Port == 0 {
			cfg.Servers[i].Port = 443
		}
	}
	fmt.Printf("%s debug=%v labels=%v\n", cfg.Name, cfg.Debug, cfg.Labels)
	for _, s := range cfg.Servers {
		fmt.Printf("%s:%d timeout=%v tls=%v\n", s.Host, s.Port, s.Timeout.Duration, s.TLS != nil)
	}
	out, _ := json.Marshal(cfg.Servers[1])
	fmt.Println(string(out))
	bad := `{"name": "x", "extra": 1}`
	d2 := json.NewDecoder(strings.NewReader(bad))
	d2.DisallowUnknownFields()
	var c2 Config
	fmt.Println(d2.Decode(&c2))
	fmt.Println(json.Unmarshal([]byte(`{"servers":[{"timeout":"soon"}]}`), &c2))
}
