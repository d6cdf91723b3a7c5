"""Major cities and ports to the country they are in: data only, read by knowledge.gazetteer.

Sources: the largest urban agglomerations of each country in the UN DESA World Urbanization
Prospects (2018 revision), and the world's leading container and bulk ports in the World
Shipping Council's "Top 50 World Container Ports" and UNCTAD's Review of Maritime Transport.
China, Russia and the main trading countries are covered deepest, being those trade news names
a city of without its country ("shipped to Shanghai", "a Munich-based supplier").

Keys are lowercase as articles print them (ASCII spellings beside accented ones); values are
countries as gazetteer.COUNTRIES spells them. Capitals are in gazetteer.CAPITALS, not repeated.
"""

from __future__ import annotations


def _country(country: str, cities: str) -> dict[str, str]:
    return {c.strip().lower(): country for c in cities.split(",") if c.strip()}


CITY_COUNTRIES: dict[str, str] = {
    **_country("China", "Shanghai, Shenzhen, Guangzhou, Tianjin, Chongqing, Chengdu, Wuhan, Hangzhou, Nanjing,"
               " Xi'an, Xian, Shenyang, Harbin, Dalian, Qingdao, Ningbo, Xiamen, Fuzhou, Zhengzhou, Changsha,"
               " Jinan, Hefei, Kunming, Nanning, Urumqi, Lanzhou, Taiyuan, Shijiazhuang, Changchun, Hohhot,"
               " Nanchang, Guiyang, Yinchuan, Xining, Lhasa, Haikou, Suzhou, Wuxi, Dongguan, Foshan, Zhuhai,"
               " Shantou, Yantai, Tangshan, Lianyungang, Rizhao, Zhoushan, Qinhuangdao, Yingkou, Erenhot,"
               " Manzhouli, Horgos, Khorgos, Kashgar, Heihe, Suifenhe, Hunchun, Ruili, Pingxiang, Dongxing,"
               " Wenzhou, Quanzhou, Zhanjiang, Beihai, Fangchenggang, Yiwu, Baotou, Ordos, Datong"),
    **_country("Russia", "St Petersburg, Saint Petersburg, St. Petersburg, Novosibirsk, Yekaterinburg,"
               " Kazan, Nizhny Novgorod, Chelyabinsk, Samara, Omsk, Rostov-on-Don, Ufa, Krasnoyarsk,"
               " Voronezh, Perm, Volgograd, Krasnodar, Irkutsk, Khabarovsk, Vladivostok, Murmansk,"
               " Arkhangelsk, Novorossiysk, Ust-Luga, Primorsk, Kaliningrad, Nakhodka, Vostochny, Tuapse,"
               " Taman, Astrakhan, Yakutsk, Blagoveshchensk, Tyumen, Surgut, Norilsk, Sabetta,"
               " Petropavlovsk-Kamchatsky, Magadan, Yuzhno-Sakhalinsk, Chita, Ulan-Ude, Tomsk, Kemerovo,"
               " Novokuznetsk, Barnaul, Orenburg, Saratov, Sochi, Zabaikalsk"),
    **_country("United States", "New York, Los Angeles, Chicago, Houston, Phoenix, Philadelphia,"
               " San Diego, Dallas, San Jose, Austin, Seattle, San Francisco, Boston, Atlanta, Miami,"
               " Detroit, Denver, Las Vegas, Nashville, Minneapolis, Pittsburgh, Cleveland, Baltimore,"
               " New Orleans, Long Beach, Savannah, Charleston, Norfolk, Oakland, Tacoma, Corpus Christi"),
    **_country("Germany", "Hamburg, Munich, Cologne, Frankfurt, Stuttgart, Dusseldorf, Duesseldorf, Düsseldorf,"
               " Bremen, Bremerhaven, Leipzig, Dresden, Hanover, Hannover, Nuremberg, Dortmund, Essen,"
               " Duisburg, Wolfsburg, Ingolstadt, Mannheim, Rostock, Kiel, Wilhelmshaven"),
    **_country("France", "Marseille, Lyon, Toulouse, Nice, Nantes, Strasbourg, Bordeaux, Lille, Le Havre,"
               " Dunkirk, Rouen, Grenoble"),
    **_country("United Kingdom", "Birmingham, Manchester, Liverpool, Leeds, Glasgow, Edinburgh, Bristol,"
               " Sheffield, Newcastle, Southampton, Felixstowe, Dover, Aberdeen, Cardiff, Belfast, Immingham"),
    **_country("Italy", "Milan, Naples, Turin, Genoa, Venice, Florence, Bologna, Palermo, Trieste, Biella,"
               " Gioia Tauro, La Spezia, Livorno, Bari, Verona"),
    **_country("Spain", "Barcelona, Valencia, Seville, Bilbao, Malaga, Zaragoza, Algeciras, Tarragona"),
    **_country("Netherlands", "Amsterdam, Rotterdam, Utrecht, Eindhoven"),
    **_country("Belgium", "Antwerp, Ghent, Zeebrugge, Liege"),
    **_country("Japan", "Osaka, Yokohama, Nagoya, Kobe, Fukuoka, Sapporo, Kyoto, Kawasaki, Hiroshima, Sendai,"
               " Chiba, Kitakyushu"),
    **_country("South Korea", "Busan, Incheon, Ulsan, Daegu, Daejeon, Gwangju, Gwangyang, Pyeongtaek, Changwon"),
    **_country("India", "Mumbai, Kolkata, Chennai, Bengaluru, Bangalore, Hyderabad, Pune, Ahmedabad, Surat,"
               " Jaipur, Lucknow, Kochi, Kanpur, Nagpur, Visakhapatnam, Mundra, Kandla, Nhava Sheva, Tuticorin"),
    **_country("Brazil", "Sao Paulo, São Paulo, Rio de Janeiro, Belo Horizonte, Porto Alegre, Curitiba,"
               " Fortaleza, Recife, Manaus, Santos, Paranagua, Paranaguá"),
    **_country("Canada", "Toronto, Montreal, Vancouver, Calgary, Edmonton, Winnipeg, Halifax, Prince Rupert"),
    **_country("Australia", "Sydney, Melbourne, Brisbane, Perth, Adelaide, Darwin, Port Hedland"),
    **_country("Turkey", "Istanbul, Izmir, Bursa, Antalya, Mersin, Gaziantep"),
    **_country("Kazakhstan", "Almaty, Shymkent, Karaganda, Aktau, Atyrau, Aktobe, Dostyk"),
    **_country("Uzbekistan", "Samarkand, Bukhara, Namangan, Andijan, Fergana, Navoi, Gazli, Khodjaabad, Termez"),
    **_country("Ukraine", "Odesa, Odessa, Kharkiv, Lviv, Dnipro, Zaporizhzhia, Mykolaiv, Izmail"),
    **_country("Vietnam", "Ho Chi Minh City, Haiphong, Hai Phong, Da Nang"),
    **_country("Indonesia", "Surabaya, Bandung, Medan, Semarang, Makassar"),
    **_country("Malaysia", "Penang, Port Klang, Johor Bahru, Tanjung Pelepas"),
    **_country("Thailand", "Laem Chabang, Chiang Mai"),
    **_country("Philippines", "Cebu, Davao, Quezon City"),
    **_country("Pakistan", "Karachi, Lahore, Faisalabad, Gwadar, Peshawar"),
    **_country("Bangladesh", "Chittagong, Chattogram"),
    **_country("Saudi Arabia", "Jeddah, Dammam, Mecca, Medina"),
    **_country("United Arab Emirates", "Dubai, Sharjah, Jebel Ali, Fujairah"),
    **_country("Egypt", "Alexandria, Port Said, Suez"),
    **_country("South Africa", "Johannesburg, Cape Town, Durban, Port Elizabeth, Richards Bay"),
    **_country("Nigeria", "Lagos, Kano, Ibadan, Port Harcourt"),
    **_country("Kenya", "Mombasa"),
    **_country("Tanzania", "Dar es Salaam"),
    **_country("Morocco", "Casablanca, Tangier, Marrakesh"),
    **_country("Mexico", "Monterrey, Guadalajara, Tijuana, Manzanillo, Lazaro Cardenas"),
    **_country("Chile", "Valparaiso, Antofagasta"),
    **_country("Argentina", "Rosario"),
    **_country("Colombia", "Medellin, Medellín, Cali, Barranquilla"),
    **_country("Poland", "Krakow, Kraków, Gdansk, Gdańsk, Wroclaw, Wrocław, Lodz, Poznan, Gdynia"),
    **_country("Sweden", "Gothenburg, Malmo, Malmö, Vasteras, Västerås"),
    **_country("Norway", "Bergen, Stavanger, Trondheim"),
    **_country("Denmark", "Aarhus"),
    **_country("Switzerland", "Zurich, Geneva, Basel, Lausanne, Davos"),
    **_country("Greece", "Piraeus, Thessaloniki"),
    **_country("Portugal", "Porto, Sines"),
    **_country("Israel", "Tel Aviv, Haifa"),
    **_country("Sri Lanka", "Hambantota"),
    **_country("Mongolia", "Darkhan, Erdenet, Zamiin-Uud"),
    **_country("Taiwan", "Kaohsiung, Taichung, Hsinchu"),
    **_country("Iran", "Bandar Abbas, Chabahar, Isfahan, Mashhad"),
}
